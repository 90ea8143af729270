using Cms.Domain.Common;

namespace Cms.Domain.Interviews;

/// <summary>
/// A reader's question to a live session. Only <see cref="Name"/> and <see cref="Place"/> are
/// ever published (as the asker of the exchange it becomes); the address and browser are kept
/// for the staff (to spot a flood) and go with the question when retention deletes it.
/// </summary>
public sealed class LiveQuestion
{
    private LiveQuestion()
    {
        Name = string.Empty;
        Text = string.Empty;
    }

    public LiveQuestion(long contentId, string name, string? place, string text, string? clientAddress, string? userAgent, DateTimeOffset now)
    {
        ContentId = contentId;
        Name = Common.Text.Clean(name);
        Place = Common.Text.CleanOptional(place);
        Text = Common.Text.Clean(text);
        ClientAddress = clientAddress;
        UserAgent = userAgent is { Length: > MaxUserAgent } ? userAgent[..MaxUserAgent] : userAgent;
        SubmittedAt = Timestamp.Normalize(now);
        State = LiveQuestionState.Pending;
    }

    public const int MaxUserAgent = 500;

    public long Id { get; private set; }

    /// <summary>The interview asked.</summary>
    public long ContentId { get; private set; }

    public string Name { get; private set; }

    public string? Place { get; private set; }

    /// <summary>As the reader sent it.</summary>
    public string Text { get; private set; }

    /// <summary>The editor's corrected wording (spelling, a shorter form); published instead of <see cref="Text"/>.</summary>
    public string? EditedText { get; private set; }

    public LiveQuestionState State { get; private set; }

    /// <summary>The question this one duplicates, when merged.</summary>
    public long? MergedIntoId { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    public string? ClientAddress { get; private set; }

    public string? UserAgent { get; private set; }

    public DateTimeOffset? ModeratedAt { get; private set; }

    public string? ModeratedBy { get; private set; }

    /// <summary>The wording published: the editor's, else the reader's.</summary>
    public string ShownText => EditedText ?? Text;

    /// <summary>Who asked, as the interview prints it: "Nguyễn Văn An (Sóc Trăng)".</summary>
    public string Asker => Place is null ? Name : $"{Name} ({Place})";

    public void Edit(string text, string? by, DateTimeOffset now)
    {
        EnsureNotAnswered();
        var cleaned = Common.Text.Clean(text);
        EditedText = cleaned == Text ? null : cleaned;
        Moderated(by, now);
    }

    public void Approve(string? by, DateTimeOffset now)
    {
        EnsureNotAnswered();
        State = LiveQuestionState.Approved;
        MergedIntoId = null;
        Moderated(by, now);
    }

    public void Reject(string? by, DateTimeOffset now)
    {
        EnsureNotAnswered();
        State = LiveQuestionState.Rejected;
        MergedIntoId = null;
        Moderated(by, now);
    }

    /// <summary>A duplicate: answered with (and as) <paramref name="into"/>, never on its own.</summary>
    public void MergeInto(LiveQuestion into, string? by, DateTimeOffset now)
    {
        EnsureNotAnswered();
        if (into.ContentId != ContentId || into.Id == Id)
        {
            throw new ConflictException("A question merges into another question of the same session.");
        }

        if (into.State is LiveQuestionState.Merged or LiveQuestionState.Rejected)
        {
            throw new ConflictException($"Question {into.Id} is {into.State.ToString().ToLowerInvariant()}: merge into the question it was kept as.");
        }

        State = LiveQuestionState.Merged;
        MergedIntoId = into.Id;
        Moderated(by, now);
    }

    /// <summary>Publishing with its answer: the exchange to append to the interview (the asker's name and place only).</summary>
    public Exchange Answer(string answer, string? speaker, string? by, DateTimeOffset now)
    {
        if (State is not (LiveQuestionState.Pending or LiveQuestionState.Approved))
        {
            throw new ConflictException($"Only a pending or approved question can be answered; this one is {State.ToString().ToLowerInvariant()}.");
        }

        var exchange = new Exchange(ShownText, answer, speaker, Asker);
        State = LiveQuestionState.Answered;
        Moderated(by, now);
        return exchange;
    }

    private void EnsureNotAnswered()
    {
        if (State == LiveQuestionState.Answered)
        {
            throw new ConflictException("The question is answered and published: correct it in the interview itself.");
        }
    }

    private void Moderated(string? by, DateTimeOffset now)
    {
        ModeratedBy = by;
        ModeratedAt = Timestamp.Normalize(now);
    }
}
