using Cms.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Cms.Infrastructure.Webhooks;

/// <summary>See <see cref="WebhookOutbox.StateAsync"/>.</summary>
public sealed record OutboxState(bool Ready, DateTimeOffset? NextRetry, bool HeldElsewhere);

/// <summary>A delivery taken by this instance to send: where, with what secret, which event.</summary>
public sealed record ClaimedDelivery(long Id, int Attempts, string Url, string Secret, Guid EventId, string Type, string Item, DateTimeOffset OccurredAt);

/// <summary>
/// The outbox's operations, in SQL because each is one statement that must be safe with every
/// API instance running it at once. A delivery is taken with a lease (FOR UPDATE SKIP LOCKED,
/// then lease_until), so one instance sends it; only the oldest open delivery per item and
/// subscription can be taken, so a receiver hears of one item's changes in order. A delivery
/// not yet attempted is due at once, whatever the clocks of the database and this instance say.
/// </summary>
public sealed class WebhookOutbox(CmsDbContext db)
{
    /// <summary>
    /// Takes up to <paramref name="limit"/> deliveries due at <paramref name="now"/> for this instance,
    /// for <paramref name="lease"/>. Leases are timed by the database's clock, the one clock every
    /// instance shares, so instances whose clocks disagree still never send the same delivery at once.
    /// </summary>
    public async Task<IReadOnlyList<ClaimedDelivery>> ClaimAsync(DateTimeOffset now, TimeSpan lease, int limit, CancellationToken ct)
    {
        const string sql = """
            WITH claimed AS (
                UPDATE webhook_deliveries d SET lease_until = clock_timestamp() + @lease
                WHERE d.id IN (
                    SELECT p.id FROM webhook_deliveries p
                    WHERE p.state = 'Pending' AND (p.attempts = 0 OR p.next_attempt_at <= @now)
                      AND (p.lease_until IS NULL OR p.lease_until <= clock_timestamp())
                      AND NOT EXISTS (
                          SELECT 1 FROM webhook_deliveries e
                          WHERE e.state = 'Pending' AND e.subscription_id = p.subscription_id
                            AND e.content_id = p.content_id AND e.id < p.id)
                    ORDER BY p.id
                    LIMIT @limit
                    FOR UPDATE SKIP LOCKED)
                RETURNING d.id, d.attempts, d.event_id, d.subscription_id)
            SELECT c.id, c.attempts, s.url, s.secret, e.event_id, e.type, e.item::text, e.occurred_at
            FROM claimed c
            JOIN webhook_events e ON e.id = c.event_id
            JOIN webhook_subscriptions s ON s.id = c.subscription_id
            ORDER BY c.id
            """;
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = sql;
            command.Parameters.Add(new NpgsqlParameter("now", now));
            command.Parameters.Add(new NpgsqlParameter("lease", lease));
            command.Parameters.Add(new NpgsqlParameter("limit", limit));
            var claimed = new List<ClaimedDelivery>();
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                claimed.Add(new ClaimedDelivery(reader.GetInt64(0), reader.GetInt32(1), reader.GetString(2), reader.GetString(3),
                    reader.GetGuid(4), reader.GetString(5), reader.GetString(6), reader.GetFieldValue<DateTimeOffset>(7)));
            }

            return claimed;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>The receiver accepted it: done, and the attempt logged.</summary>
    public Task DeliveredAsync(long deliveryId, DateTimeOffset at, int statusCode, TimeSpan took, CancellationToken ct) =>
        db.Database.ExecuteSqlAsync($"""
            UPDATE webhook_deliveries SET attempts = attempts + 1, state = 'Delivered', delivered_at = {at},
                lease_until = NULL, last_status_code = {statusCode}, last_error = NULL
            WHERE id = {deliveryId};
            INSERT INTO webhook_attempts (delivery_id, attempted_at, status_code, duration_ms)
            VALUES ({deliveryId}, {at}, {statusCode}, {Milliseconds(took)});
            """, ct);

    /// <summary>
    /// The attempt failed: logged, and tried again at <paramref name="retryAt"/>, unless it was
    /// attempt <paramref name="maxAttempts"/>, after which the delivery is marked failed.
    /// </summary>
    public Task FailedAsync(long deliveryId, DateTimeOffset at, int? statusCode, string error, TimeSpan took,
        DateTimeOffset retryAt, int maxAttempts, CancellationToken ct)
    {
        error = error.Length > 1000 ? error[..1000] : error;
        return db.Database.ExecuteSqlAsync($"""
            UPDATE webhook_deliveries SET attempts = attempts + 1,
                state = CASE WHEN attempts + 1 >= {maxAttempts} THEN 'Failed' ELSE 'Pending' END,
                next_attempt_at = {retryAt}, lease_until = NULL, last_status_code = {statusCode}, last_error = {error}
            WHERE id = {deliveryId};
            INSERT INTO webhook_attempts (delivery_id, attempted_at, status_code, error, duration_ms)
            VALUES ({deliveryId}, {at}, {statusCode}, {error}, {Milliseconds(took)});
            """, ct);
    }

    /// <summary>Hands a delivery back unsent (the instance is stopping), for any instance to take at once.</summary>
    public Task ReleaseAsync(long deliveryId, CancellationToken ct) =>
        db.Database.ExecuteSqlAsync($"UPDATE webhook_deliveries SET lease_until = NULL WHERE id = {deliveryId} AND state = 'Pending'", ct);

    /// <summary>
    /// What waits, among the oldest open delivery of each item (the later ones wait for it
    /// anyway): whether one can be sent now (never tried, or its retry time is past by
    /// <paramref name="now"/>), the earliest later retry time, and whether another instance
    /// is sending one.
    /// </summary>
    public async Task<OutboxState> StateAsync(DateTimeOffset now, CancellationToken ct)
    {
        const string sql = """
            SELECT coalesce(bool_or(NOT h.held AND (h.attempts = 0 OR h.next_attempt_at <= @now)), false),
                   min(h.next_attempt_at) FILTER (WHERE NOT h.held AND h.attempts > 0 AND h.next_attempt_at > @now),
                   coalesce(bool_or(h.held), false)
            FROM (
                SELECT p.attempts, p.next_attempt_at, coalesce(p.lease_until > clock_timestamp(), false) AS held
                FROM webhook_deliveries p
                WHERE p.state = 'Pending' AND NOT EXISTS (
                    SELECT 1 FROM webhook_deliveries e
                    WHERE e.state = 'Pending' AND e.subscription_id = p.subscription_id
                      AND e.content_id = p.content_id AND e.id < p.id)) h
            """;
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = sql;
            command.Parameters.Add(new NpgsqlParameter("now", now));
            await using var reader = await command.ExecuteReaderAsync(ct);
            await reader.ReadAsync(ct);
            return new OutboxState(reader.GetBoolean(0), reader.IsDBNull(1) ? null : reader.GetFieldValue<DateTimeOffset>(1), reader.GetBoolean(2));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Deletes finished deliveries older than <paramref name="before"/>, and events nobody is owed any more.</summary>
    public async Task<int> PurgeAsync(DateTimeOffset before, CancellationToken ct)
    {
        var deliveries = await db.Database.ExecuteSqlAsync(
            $"DELETE FROM webhook_deliveries WHERE state <> 'Pending' AND created_at < {before}", ct);
        await db.Database.ExecuteSqlAsync(
            $"DELETE FROM webhook_events e WHERE e.occurred_at < {before} AND NOT EXISTS (SELECT 1 FROM webhook_deliveries d WHERE d.event_id = e.id)", ct);
        return deliveries;
    }

    private static int Milliseconds(TimeSpan took) => (int)Math.Min(took.TotalMilliseconds, int.MaxValue);
}
