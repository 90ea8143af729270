using Cms.Domain.Content;

namespace Cms.Api.Notes;

/// <summary>
/// One note: who wrote it (user name, and display name if the account has one), when, and its
/// text as typed (plain text: show it as text). A thread's first note carries its replies,
/// oldest first; a reply's Replies is empty.
/// </summary>
public sealed record NoteResponse(long Id, long? ParentId, ContentNoteKind Kind, string Text, DateTimeOffset CreatedAt, string? CreatedBy, string? CreatedByName)
{
    public IReadOnlyList<NoteResponse> Replies { get; init; } = [];
}
