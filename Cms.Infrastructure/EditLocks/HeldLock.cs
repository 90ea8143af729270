namespace Cms.Infrastructure.EditLocks;

/// <summary>An item's lock row as read, with the holder's display name ("Lê Vũ") when the account has one.</summary>
public sealed record HeldLock(long ContentId, string Holder, string? DisplayName, string SessionId,
    DateTimeOffset AcquiredAt, DateTimeOffset RenewedAt, DateTimeOffset ExpiresAt)
{
    /// <summary>The one definition of a live lock: past its expiry a lock is free (the SQL in EditLockStore says the same).</summary>
    public bool IsLiveAt(DateTimeOffset now) => ExpiresAt > now;
}
