using Cms.Domain.Common;

namespace Cms.Domain.Interviews;

/// <summary>
/// A live online Q&amp;A ("Giao lưu trực tuyến") on one interview: readers send questions between
/// <see cref="OpensAt"/> and <see cref="ClosesAt"/>; editors publish the answered ones as the
/// interview's exchanges, so once it closes the page is an ordinary interview.
/// </summary>
public sealed class LiveSession
{
    /// <summary>Long enough for any real session; a longer one is a typing error (a year for a day).</summary>
    public static readonly TimeSpan MaxLength = TimeSpan.FromDays(7);

    private LiveSession()
    {
    }

    public LiveSession(long contentId, DateTimeOffset opensAt, DateTimeOffset closesAt, DateTimeOffset now)
    {
        ContentId = contentId;
        Set(opensAt, closesAt, now);
    }

    /// <summary>The interview's id: one session per interview.</summary>
    public long ContentId { get; private set; }

    public DateTimeOffset OpensAt { get; private set; }

    public DateTimeOffset ClosesAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>The one definition of "open": from its opening instant up to (not including) its closing one.</summary>
    public static LiveSessionState StateOf(DateTimeOffset opensAt, DateTimeOffset closesAt, DateTimeOffset now) =>
        now < opensAt ? LiveSessionState.Upcoming : now < closesAt ? LiveSessionState.Open : LiveSessionState.Closed;

    /// <summary>Opens, moves or closes the session (closing now: <paramref name="closesAt"/> = now).</summary>
    public void Set(DateTimeOffset opensAt, DateTimeOffset closesAt, DateTimeOffset now)
    {
        if (closesAt <= opensAt)
        {
            throw new ConflictException("A session must close after it opens.");
        }

        if (closesAt - opensAt > MaxLength)
        {
            throw new ConflictException($"A session lasts at most {MaxLength.TotalDays:0} days.");
        }

        OpensAt = Timestamp.Normalize(opensAt);
        ClosesAt = Timestamp.Normalize(closesAt);
        UpdatedAt = Timestamp.Normalize(now);
    }

    /// <summary>
    /// Refuses a reader's question outside the session between <paramref name="opensAt"/> and
    /// <paramref name="closesAt"/> (both null: the interview has none), saying whether it is too
    /// early or too late. Static: the caller has the times already, read with the interview.
    /// </summary>
    public static void EnsureOpen(DateTimeOffset? opensAt, DateTimeOffset? closesAt, DateTimeOffset now)
    {
        if (opensAt is not { } opens || closesAt is not { } closes)
        {
            throw new ConflictException("This interview takes no questions: it has no live session.");
        }

        switch (StateOf(opens, closes, now))
        {
            case LiveSessionState.Upcoming:
                throw new ConflictException($"The session has not opened yet: questions are taken from {opens:O}.");
            case LiveSessionState.Closed:
                throw new ConflictException($"The session closed at {closes:O}: no more questions are taken.");
        }
    }
}
