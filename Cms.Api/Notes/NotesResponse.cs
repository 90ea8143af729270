namespace Cms.Api.Notes;

/// <summary>An item's notes as threads, oldest first, and why it was returned if it still waits on its author.</summary>
public sealed record NotesResponse(IReadOnlyList<NoteResponse> Items, ReturnedNotice? Returned);

/// <summary>An editor's reason for returning an item that is still a draft: what, when, who (user name and display name).</summary>
public sealed record ReturnedNotice(string Reason, DateTimeOffset At, string? By, string? ByName);
