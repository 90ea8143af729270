using Cms.Infrastructure.EditLocks;

namespace Cms.Api.EditLocks;

/// <summary>An item's edit lock: who holds it now, or null when it is free (never taken, released or lapsed).</summary>
public sealed record EditLockResponse(long ContentId, LockHolder? Holder)
{
    public static EditLockResponse Of(long contentId, HeldLock? held, DateTimeOffset now) =>
        new(contentId, held is not null && held.IsLiveAt(now) ? LockHolder.Of(held) : null);
}

/// <summary>
/// Who holds a lock: the account (<c>displayName</c> for "Đang được Lê Vũ sửa", null when the
/// account has none), the editor tab, since when, and when it lapses without a heartbeat.
/// </summary>
public sealed record LockHolder(string UserName, string? DisplayName, string SessionId, DateTimeOffset Since, DateTimeOffset ExpiresAt)
{
    public static LockHolder Of(HeldLock held) => new(held.Holder, held.DisplayName, held.SessionId, held.AcquiredAt, held.ExpiresAt);
}
