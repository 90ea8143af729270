using Cms.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Cms.Infrastructure.Counters;

/// <summary>
/// Applies batches of hits to PostgreSQL, the state every API process shares. One batch is
/// one transaction: the advisory lock serialises flushes from all processes (so the
/// read-then-write of visitor and view state is race-free and deadlocks cannot occur),
/// and the batch id recorded in the same transaction makes a retried batch a no-op.
/// </summary>
public sealed class CounterStore(CmsDbContext db, CounterSettings settings)
{
    /// <summary>The advisory lock every flush takes; the importer takes it too, so the two never interleave.</summary>
    internal const long FlushLock = 0x436d_7343_6e74_72; // "CmsCntr"

    /// <summary>Applies the batch; false if it had been applied before (a retry after an unclear failure).</summary>
    /// <remarks>
    /// Three round trips, whatever the batch's size: the reads (and the presence upsert) as one
    /// pipelined batch, the writes as another, then COMMIT. The beacon waits for this, so its
    /// cost is the answer's latency; ten single statements took twice as long under load.
    /// </remarks>
    public async Task<bool> ApplyAsync(CounterBatch batch, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var byVisitor = batch.Hits.GroupBy(h => h.VisitorId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(h => h.At).ToList(), StringComparer.Ordinal);
        var state = await ReadStateAsync(connection, batch, byVisitor, ct);
        if (state is null)
        {
            return false;
        }

        await WriteAsync(connection, Plan(batch.Hits, byVisitor, state), ct);
        try
        {
            await transaction.CommitAsync(ct);
        }
        catch (Exception exception)
        {
            // Up to here a failure means "not applied" (PostgreSQL rolls back a transaction whose
            // connection is lost); from COMMIT on, the answer may be lost after the fact.
            throw new CommitOutcomeUnknownException(exception);
        }

        return true;
    }

    /// <summary>What decides the batch's visits and views, as the database held it before the batch.</summary>
    private sealed record BatchState(
        IReadOnlyDictionary<string, DateTimeOffset> LastSeen, IReadOnlySet<long> ExistingItems,
        IReadOnlyDictionary<(string VisitorId, long Content), DateTimeOffset> Marks);

    /// <summary>The rows to write: visits per day, new view marks, views per item and per item and day.</summary>
    private sealed record BatchWrites(
        Dictionary<DateOnly, long> VisitsPerDay, List<((string VisitorId, long Content) Pair, DateTimeOffset At)> NewMarks,
        Dictionary<long, long> Totals, Dictionary<(long Content, DateOnly Day), long> Daily);

    /// <summary>
    /// One round trip: takes the flush lock, records the batch id (null: applied before), reads the
    /// visitors' previous last-seen times while recording the new ones, and reads which items
    /// exist and the visitors' view marks.
    /// </summary>
    private static async Task<BatchState?> ReadStateAsync(
        NpgsqlConnection connection, CounterBatch batch, Dictionary<string, List<DateTimeOffset>> byVisitor, CancellationToken ct)
    {
        var visitors = byVisitor.Keys.ToArray();
        var items = batch.Hits.Where(h => h.ContentId is not null).Select(h => h.ContentId!.Value).Distinct().ToArray();
        await using var reads = new NpgsqlBatch(connection);
        // Every read here is by key, a few hundred keys a batch. Without enable_seqscan off the
        // planner, whose statistics lag behind tables that grow by a batch every few
        // milliseconds (new visitors, new marks), scanned them whole: 40 ms a batch at 15,000
        // visitors (bench/README.md, 2026-12-04). Only the planner's costs change. The advisory
        // lock serialises flushes from all processes, so this read-then-write is race-free.
        reads.BatchCommands.Add(Command("SELECT set_config('enable_seqscan', 'off', true), pg_advisory_xact_lock($1)", FlushLock));
        reads.BatchCommands.Add(Command(
            "INSERT INTO applied_counter_batches (batch_id, applied_at) VALUES ($1, now()) ON CONFLICT DO NOTHING RETURNING 1", batch.Id));
        // One statement reads the previous last-seen times and writes the new ones: every part
        // of a statement sees the same snapshot, so "prev" holds the values from before the upsert.
        reads.BatchCommands.Add(Command("""
            WITH input AS (SELECT * FROM unnest($1, $2) AS t(visitor_id, seen)),
            prev AS (SELECT visitor_id, last_seen_at FROM visitor_presence WHERE visitor_id = ANY($1)),
            upsert AS (
              INSERT INTO visitor_presence (visitor_id, last_seen_at) SELECT visitor_id, seen FROM input
              ON CONFLICT (visitor_id) DO UPDATE SET last_seen_at = greatest(visitor_presence.last_seen_at, EXCLUDED.last_seen_at))
            SELECT visitor_id, last_seen_at FROM prev
            """, visitors, byVisitor.Values.Select(t => t.Max().ToUniversalTime()).ToArray()));
        // Hits for ids that do not exist (deleted, mistyped, forged) are dropped, not errors.
        reads.BatchCommands.Add(Command("SELECT id FROM content_items WHERE id = ANY($1)", items));
        // A visitor's marks of other items come along too (a few: one per item viewed within the
        // window); "AND content_id = ANY" would probe every visitor-item pair, 1 ms a batch.
        reads.BatchCommands.Add(Command("SELECT visitor_id, content_id, counted_at FROM view_marks WHERE visitor_id = ANY($1)", visitors));

        await using var reader = await reads.ExecuteReaderAsync(ct);
        await reader.NextResultAsync(ct); // past the lock
        if (!await reader.ReadAsync(ct))
        {
            return null; // the id was there: this batch committed before
        }

        var lastSeen = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        await reader.NextResultAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            lastSeen[reader.GetString(0)] = reader.GetFieldValue<DateTimeOffset>(1);
        }

        var existing = new HashSet<long>();
        await reader.NextResultAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            existing.Add(reader.GetInt64(0));
        }

        var marks = new Dictionary<(string, long), DateTimeOffset>();
        await reader.NextResultAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            marks[(reader.GetString(0), reader.GetInt64(1))] = reader.GetFieldValue<DateTimeOffset>(2);
        }

        return new BatchState(lastSeen, existing, marks);
    }

    /// <summary>Applies the visit and view rules (VisitRules) to the batch, given the state before it.</summary>
    private BatchWrites Plan(IReadOnlyList<Hit> hits, Dictionary<string, List<DateTimeOffset>> byVisitor, BatchState state)
    {
        var visitsPerDay = new Dictionary<DateOnly, long>();
        foreach (var (visitor, times) in byVisitor)
        {
            foreach (var start in settings.Rules.VisitStarts(state.LastSeen.TryGetValue(visitor, out var seen) ? seen : null, times))
            {
                var day = settings.Calendar.DayOf(start);
                visitsPerDay[day] = visitsPerDay.GetValueOrDefault(day) + 1;
            }
        }

        var pairs = hits.Where(h => h.ContentId is { } id && state.ExistingItems.Contains(id))
            .GroupBy(h => (h.VisitorId, Content: h.ContentId!.Value))
            .ToDictionary(g => g.Key, g => g.Select(h => h.At).ToList());
        var newMarks = new List<((string VisitorId, long Content) Pair, DateTimeOffset At)>();
        var totals = new Dictionary<long, long>();
        var daily = new Dictionary<(long, DateOnly), long>();
        foreach (var (pair, times) in pairs)
        {
            var counted = settings.Rules.CountedViews(state.Marks.TryGetValue(pair, out var mark) ? mark : null, times);
            if (counted.Count == 0)
            {
                continue;
            }

            newMarks.Add((pair, counted[^1]));
            totals[pair.Content] = totals.GetValueOrDefault(pair.Content) + counted.Count;
            foreach (var at in counted)
            {
                var key = (pair.Content, settings.Calendar.DayOf(at));
                daily[key] = daily.GetValueOrDefault(key) + 1;
            }
        }

        return new BatchWrites(visitsPerDay, newMarks, totals, daily);
    }

    /// <summary>One round trip: every write of the batch.</summary>
    private static async Task WriteAsync(NpgsqlConnection connection, BatchWrites writes, CancellationToken ct)
    {
        await using var batch = new NpgsqlBatch(connection);
        batch.BatchCommands.Add(Command("""
            INSERT INTO site_daily_visits (day, visits)
            SELECT * FROM unnest($1, $2)
            ON CONFLICT (day) DO UPDATE SET visits = site_daily_visits.visits + EXCLUDED.visits
            """, writes.VisitsPerDay.Keys.ToArray(), writes.VisitsPerDay.Values.ToArray()));
        if (writes.NewMarks.Count > 0)
        {
            batch.BatchCommands.Add(Command("""
                INSERT INTO view_marks (visitor_id, content_id, counted_at)
                SELECT * FROM unnest($1, $2, $3)
                ON CONFLICT (visitor_id, content_id) DO UPDATE SET counted_at = EXCLUDED.counted_at
                """,
                writes.NewMarks.Select(m => m.Pair.VisitorId).ToArray(),
                writes.NewMarks.Select(m => m.Pair.Content).ToArray(),
                writes.NewMarks.Select(m => m.At.ToUniversalTime()).ToArray()));
            batch.BatchCommands.Add(Command("""
                INSERT INTO content_view_totals (content_id, views, imported)
                SELECT content_id, n, 0 FROM unnest($1, $2) AS t(content_id, n)
                ON CONFLICT (content_id) DO UPDATE SET views = content_view_totals.views + EXCLUDED.views
                """, writes.Totals.Keys.ToArray(), writes.Totals.Values.ToArray()));
            batch.BatchCommands.Add(Command("""
                INSERT INTO content_daily_views (content_id, day, views)
                SELECT * FROM unnest($1, $2, $3)
                ON CONFLICT (content_id, day) DO UPDATE SET views = content_daily_views.views + EXCLUDED.views
                """,
                writes.Daily.Keys.Select(k => k.Content).ToArray(),
                writes.Daily.Keys.Select(k => k.Day).ToArray(),
                writes.Daily.Values.ToArray()));
        }

        await batch.ExecuteNonQueryAsync(ct);
    }

    // "first" apart from the rest: a lone string[] passed to "params object[]" would be taken for
    // the whole list of values (array covariance), each string a parameter of its own.
    private static NpgsqlBatchCommand Command(string sql, object first, params object[] rest)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in rest.Prepend(first))
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        return command;
    }

    /// <summary>Tells every API process (their ChangeNotificationListener) that view counts changed, so they drop cached ones.</summary>
    public async Task AnnounceViewsAsync(CancellationToken ct) =>
        await db.Database.ExecuteSqlAsync($"SELECT pg_notify({Notifications.CmsChannels.Views}, '')", ct);

    public async Task<SiteStatistics> ReadStatisticsAsync(DateTimeOffset now, CancellationToken ct)
    {
        now = now.ToUniversalTime(); // PostgreSQL takes instants in UTC only
        var today = settings.Calendar.DayOf(now);
        var weekStart = Domain.Counters.PortalCalendar.WeekStartOf(today);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = new NpgsqlCommand("""
                SELECT
                  (SELECT count(*) FROM visitor_presence WHERE last_seen_at > @online),
                  (SELECT coalesce(sum(visits), 0) FROM site_daily_visits WHERE day = @today),
                  (SELECT coalesce(sum(visits), 0) FROM site_daily_visits WHERE day BETWEEN @week AND @today),
                  (SELECT coalesce(sum(visits), 0) FROM site_daily_visits),
                  (SELECT coalesce((SELECT site_visits FROM counter_imports WHERE site_visits IS NOT NULL ORDER BY id DESC LIMIT 1), 0))
                """, connection);
            command.Parameters.AddWithValue("online", now - settings.OnlineWindow);
            command.Parameters.AddWithValue("today", today);
            command.Parameters.AddWithValue("week", weekStart);
            await using var reader = await command.ExecuteReaderAsync(ct);
            await reader.ReadAsync(ct);
            return new SiteStatistics(
                reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2),
                settings.StartingTotal + reader.GetInt64(4) + reader.GetInt64(3));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Forgets state that no longer decides anything: expired view marks, old batch ids, long-gone visitors.</summary>
    public async Task CleanUpAsync(DateTimeOffset now, CancellationToken ct)
    {
        now = now.ToUniversalTime();
        var keep = settings.Rules.ViewWindow > settings.Rules.VisitGap ? settings.Rules.ViewWindow : settings.Rules.VisitGap;
        keep = (keep > settings.OnlineWindow ? keep : settings.OnlineWindow) + TimeSpan.FromMinutes(5);
        await db.Database.ExecuteSqlAsync($"DELETE FROM view_marks WHERE counted_at < {now - keep}", ct);
        await db.Database.ExecuteSqlAsync($"DELETE FROM visitor_presence WHERE last_seen_at < {now - keep}", ct);
        await db.Database.ExecuteSqlAsync($"DELETE FROM applied_counter_batches WHERE applied_at < {now - TimeSpan.FromDays(2)}", ct);
    }
}
