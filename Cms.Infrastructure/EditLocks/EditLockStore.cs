using Cms.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace Cms.Infrastructure.EditLocks;

/// <summary>
/// Edit locks, kept in PostgreSQL so every API process agrees on who holds an item. Taking and
/// renewing are each one atomic statement (an upsert whose update applies only when the row is
/// free, expired or already the caller's), so two editors racing for a free item never both win.
/// A change of holder is announced by a trigger (Persistence/Sql/EditLockNotifications.sql).
/// </summary>
public sealed class EditLockStore(CmsDbContext db)
{
    // The row with its holder's display name; "locks" is the statement's own result.
    private const string Answer = """
        SELECT l.content_id, l.holder, u.display_name, l.session_id, l.acquired_at, l.renewed_at, l.expires_at
        FROM locks l LEFT JOIN users u ON u.user_name = l.holder
        """;

    // $1 item, $2 holder, $3 session, $4 now, $5 expires. A renewal by the same tab keeps acquired_at.
    private const string Upsert = """
        INSERT INTO edit_locks AS e (content_id, holder, session_id, acquired_at, renewed_at, expires_at)
        VALUES ($1, $2, $3, $4, $4, $5)
        ON CONFLICT (content_id) DO UPDATE SET
            holder = excluded.holder,
            session_id = excluded.session_id,
            acquired_at = CASE WHEN e.holder = excluded.holder AND e.session_id = excluded.session_id AND e.expires_at > $4
                THEN e.acquired_at ELSE excluded.acquired_at END,
            renewed_at = excluded.renewed_at,
            expires_at = excluded.expires_at
        """;

    /// <summary>The item's lock row, live or lapsed (<see cref="HeldLock.IsLiveAt"/>), or null when there is none.</summary>
    public async Task<HeldLock?> FindAsync(long contentId, CancellationToken ct) =>
        (await db.ReadAsync($"WITH locks AS (SELECT * FROM edit_locks WHERE content_id = $1) {Answer}", Read, ct, Value(contentId))).SingleOrDefault();

    /// <summary>
    /// Takes the lock for one editor tab when it is free, lapsed or already that tab's (then it is
    /// renewed), or when it is held by <paramref name="replacingSession"/> (a take-over decided by
    /// the caller after reading the holder: if that holder changed meanwhile, nothing happens).
    /// Null when it was not taken.
    /// </summary>
    public Task<HeldLock?> TakeAsync(long contentId, string holder, string sessionId, DateTimeOffset now, TimeSpan lifetime,
        string? replacingSession, CancellationToken ct) =>
        WriteAsync("""
            WHERE (e.holder = excluded.holder AND e.session_id = excluded.session_id) OR e.expires_at <= $4 OR e.session_id = $6
            """, contentId, holder, sessionId, now, lifetime, ct, new NpgsqlParameter { Value = (object?)replacingSession ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });

    /// <summary>
    /// The open editor's heartbeat: renews the tab's lock, lapsed or not, or takes it again when
    /// nobody holds it; null when another tab has it (the caller lost it).
    /// </summary>
    public Task<HeldLock?> RenewAsync(long contentId, string holder, string sessionId, DateTimeOffset now, TimeSpan lifetime, CancellationToken ct) =>
        WriteAsync("WHERE e.holder = excluded.holder AND e.session_id = excluded.session_id", contentId, holder, sessionId, now, lifetime, ct);

    /// <summary>Lets go of the tab's lock; nothing happens when it does not hold it.</summary>
    public Task ReleaseAsync(long contentId, string holder, string sessionId, CancellationToken ct) =>
        db.Set<EditLock>().Where(l => l.ContentId == contentId && l.Holder == holder && l.SessionId == sessionId).ExecuteDeleteAsync(ct);

    private async Task<HeldLock?> WriteAsync(string when, long contentId, string holder, string sessionId, DateTimeOffset now, TimeSpan lifetime,
        CancellationToken ct, params NpgsqlParameter[] more)
    {
        var at = now.ToUniversalTime();
        var rows = await db.ReadAsync($"WITH locks AS ({Upsert} {when} RETURNING e.*) {Answer}", Read, ct,
            [Value(contentId), Value(holder), Value(sessionId), Value(at), Value(at + lifetime), .. more]);
        return rows.SingleOrDefault();
    }

    private static NpgsqlParameter Value<T>(T value) => new NpgsqlParameter<T> { TypedValue = value };

    private static HeldLock Read(NpgsqlDataReader r) => new(
        r.GetInt64(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), r.GetString(3),
        r.GetFieldValue<DateTimeOffset>(4), r.GetFieldValue<DateTimeOffset>(5), r.GetFieldValue<DateTimeOffset>(6));
}
