namespace Cms.Infrastructure.EditLocks;

/// <summary>An item's lock row as read, with the holder's display name ("Lê Vũ") when the account has one.</summary>
public sealed record HeldLock(long ContentId, string Holder, string? DisplayName, string SessionId,
    DateTimeOffset AcquiredAt, DateTimeOffset RenewedAt, DateTimeOffset ExpiresAt)
{
    /// <summary>The one definition of a live lock: past its expiry a lock is free (the SQL in EditLockStore says the same).</summary>
    public bool IsLiveAt(DateTimeOffset now) => ExpiresAt > now;

    /// <summary>Whether this is the lock of that editor tab of that user (a session id alone proves nothing).</summary>
    public bool IsHeldBy(string holder, string sessionId) =>
        string.Equals(Holder, holder, StringComparison.Ordinal) && string.Equals(SessionId, sessionId, StringComparison.Ordinal);
}
