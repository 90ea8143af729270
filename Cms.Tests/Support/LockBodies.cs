namespace Cms.Tests.Support;

// Edit locks as a client reads them (like Bodies.cs: only the fields tests look at, named as on the wire).

/// <summary>An item's edit lock: Holder null when nobody holds it.</summary>
public sealed record LockBody(long ContentId, LockHolderBody? Holder);

/// <summary>Who holds a lock, which editor tab, since when, and until when without a heartbeat.</summary>
public sealed record LockHolderBody(string UserName, string? DisplayName, string SessionId, DateTimeOffset Since, DateTimeOffset ExpiresAt);

/// <summary>The 409 of a lock held elsewhere: a problem that names the holder.</summary>
public sealed record LockProblemBody(int Status, string? Title, string? Detail, LockHolderBody? Holder);
