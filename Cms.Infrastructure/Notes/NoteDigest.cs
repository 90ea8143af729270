namespace Cms.Infrastructure.Notes;

/// <summary>What a list row says about an item's notes: how many, and why it was returned if it still waits on its author.</summary>
public sealed record NoteDigest(int Count, ReturnedNote? Returned);

/// <summary>The editor's reason for returning an item, when and by whom (user name, and display name if the account has one).</summary>
public sealed record ReturnedNote(string Reason, DateTimeOffset At, string? By, string? ByName);
