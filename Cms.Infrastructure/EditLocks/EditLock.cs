namespace Cms.Infrastructure.EditLocks;

/// <summary>
/// A soft lock on one item, held by one open editor (a browser tab: <see cref="SessionId"/>) of
/// one user and kept alive by that editor's heartbeat. Past <see cref="ExpiresAt"/> it is free
/// (the row may stay; it is harmless). Saving never depends on it: If-Match guards saves.
/// Written only by the single statements in <see cref="EditLockStore"/>.
/// </summary>
public sealed class EditLock
{
    public long ContentId { get; set; }

    /// <summary>The user name of whoever holds it.</summary>
    public string Holder { get; set; } = string.Empty;

    /// <summary>The holding editor tab's random id: the same user in two tabs is two holders.</summary>
    public string SessionId { get; set; } = string.Empty;

    /// <summary>When this holder took it (renewals keep it): "đang sửa từ 09:12".</summary>
    public DateTimeOffset AcquiredAt { get; set; }

    public DateTimeOffset RenewedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }
}
