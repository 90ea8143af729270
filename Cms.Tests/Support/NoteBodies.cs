namespace Cms.Tests.Support;

// Staff notes as the newsroom reads them (see Bodies.cs for the rules these follow): only the
// fields tests look at, named as on the wire; not borrowed from Cms.Api.

/// <summary>One note: a thread's first note carries its replies, oldest first.</summary>
public sealed record NoteBody(long Id, long? ParentId, string Kind, string Text, DateTimeOffset CreatedAt, string? CreatedBy, string? CreatedByName)
{
    public IReadOnlyList<NoteBody> Replies { get; init; } = [];
}

/// <summary>An item's notes: its threads, and why it was returned while it is still a draft.</summary>
public sealed record NotesBody(IReadOnlyList<NoteBody> Items, ReturnedBody? Returned);

/// <summary>An editor's reason for returning an item, when and by whom.</summary>
public sealed record ReturnedBody(string Reason, DateTimeOffset At, string? By, string? ByName);

/// <summary>A row of the newsroom's list with its notes in brief.</summary>
public sealed record NotedRowBody(long Id, string Status, int NoteCount, string? ReturnedReason, DateTimeOffset? ReturnedAt, string? ReturnedBy, string? ReturnedByName);
