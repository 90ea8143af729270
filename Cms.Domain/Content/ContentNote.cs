using Cms.Domain.Common;

namespace Cms.Domain.Content;

/// <summary>
/// A note staff leave on an item while it is worked on; readers never see it. Plain text, shown
/// as text. Threads are one level deep: a reply to a reply joins the thread of the note it
/// answers, so a thread reads top to bottom without nesting.
/// </summary>
public sealed class ContentNote : IAudited
{
    /// <summary>The longest note, in characters once normalized.</summary>
    public const int MaxLength = 4000;

    private ContentNote()
    {
        Text = string.Empty;
    }

    private ContentNote(long contentId, long? parentId, ContentNoteKind kind, string text)
    {
        var clean = Common.Text.Clean(text);
        if (clean.Length is 0 or > MaxLength)
        {
            throw new ArgumentException($"A note holds 1 to {MaxLength} characters.", nameof(text));
        }

        ContentId = contentId;
        ParentId = parentId;
        Kind = kind;
        Text = clean;
    }

    public long Id { get; private set; }

    public long ContentId { get; private set; }

    /// <summary>The top-level note this one answers; null for a thread's first note.</summary>
    public long? ParentId { get; private set; }

    public ContentNoteKind Kind { get; private set; }

    public string Text { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The user name of whoever wrote it.</summary>
    public string? CreatedBy { get; private set; }

    string? IAudited.UpdatedBy => CreatedBy;

    /// <summary>A new thread on an item.</summary>
    public static ContentNote Comment(long contentId, string text) => new(contentId, null, ContentNoteKind.Comment, text);

    /// <summary>An answer to <paramref name="note"/>, in the thread it belongs to.</summary>
    public static ContentNote Reply(ContentNote note, string text)
    {
        ArgumentNullException.ThrowIfNull(note);
        return new(note.ContentId, note.ParentId ?? note.Id, ContentNoteKind.Comment, text);
    }

    /// <summary>Why an item went back to its author (only <see cref="ContentItem.ReturnToAuthor"/> makes one).</summary>
    internal static ContentNote Returned(long contentId, string reason) => new(contentId, null, ContentNoteKind.Returned, reason);

    public void RecordWrite(string? actor, DateTimeOffset now, bool isNew)
    {
        if (isNew)
        {
            CreatedAt = Timestamp.Normalize(now);
            CreatedBy = actor;
        }
    }
}
