using System.Data.Common;
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
    private const long FlushLock = 0x436d_7343_6e74_72; // "CmsCntr"

    /// <summary>Applies the batch; false if it had been applied before (a retry after an unclear failure).</summary>
    public async Task<bool> ApplyAsync(CounterBatch batch, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        // Every read here is by key, a few hundred keys a batch. Without this the planner, whose
        // statistics lag behind a table that grows by a batch every few milliseconds (new
        // visitors, new marks), scanned whole tables: 40 ms a batch at 15,000 visitors
        // (bench/README.md, 2026-12-04). Only the planner's cost changes, not what is possible.
        await ExecuteAsync(connection, "SET LOCAL enable_seqscan = off; SELECT pg_advisory_xact_lock(@k)", ct, ("k", FlushLock));
        var fresh = await ExecuteAsync(connection,
            "INSERT INTO applied_counter_batches (batch_id, applied_at) VALUES (@id, now()) ON CONFLICT DO NOTHING",
            ct, ("id", batch.Id));
        if (fresh == 0)
        {
            return false;
        }

        var returning = await ApplyVisitsAsync(connection, batch.Hits, ct);
        await ApplyViewsAsync(connection, batch.Hits, returning, ct);
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

    /// <summary>Records presence and visits; returns the visitors seen before this batch (only they can have view marks).</summary>
    private async Task<IReadOnlySet<string>> ApplyVisitsAsync(NpgsqlConnection connection, IReadOnlyList<Hit> hits, CancellationToken ct)
    {
        var byVisitor = hits.GroupBy(h => h.VisitorId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(h => h.At).ToList(), StringComparer.Ordinal);
        var lastSeen = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        // One statement reads the previous last-seen times and writes the new ones: every part
        // of a statement sees the same snapshot, so "prev" holds the values from before the upsert.
        await using (var command = new NpgsqlCommand("""
            WITH input AS (SELECT * FROM unnest(@ids, @seen) AS t(visitor_id, seen)),
            prev AS (SELECT visitor_id, last_seen_at FROM visitor_presence WHERE visitor_id = ANY(@ids)),
            upsert AS (
              INSERT INTO visitor_presence (visitor_id, last_seen_at) SELECT visitor_id, seen FROM input
              ON CONFLICT (visitor_id) DO UPDATE SET last_seen_at = greatest(visitor_presence.last_seen_at, EXCLUDED.last_seen_at))
            SELECT visitor_id, last_seen_at FROM prev
            """, connection))
        {
            command.Parameters.AddWithValue("ids", byVisitor.Keys.ToArray());
            command.Parameters.AddWithValue("seen", byVisitor.Values.Select(t => t.Max().ToUniversalTime()).ToArray());
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                lastSeen[reader.GetString(0)] = reader.GetFieldValue<DateTimeOffset>(1);
            }
        }

        var visitsPerDay = new Dictionary<DateOnly, long>();
        foreach (var (visitor, times) in byVisitor)
        {
            foreach (var start in settings.Rules.VisitStarts(lastSeen.TryGetValue(visitor, out var seen) ? seen : null, times))
            {
                var day = settings.Calendar.DayOf(start);
                visitsPerDay[day] = visitsPerDay.GetValueOrDefault(day) + 1;
            }
        }

        await ExecuteAsync(connection, """
            INSERT INTO site_daily_visits (day, visits)
            SELECT * FROM unnest(@days, @visits)
            ON CONFLICT (day) DO UPDATE SET visits = site_daily_visits.visits + EXCLUDED.visits
            """, ct, ("days", visitsPerDay.Keys.ToArray()), ("visits", visitsPerDay.Values.ToArray()));
        return lastSeen.Keys.ToHashSet(StringComparer.Ordinal);
    }

    private async Task ApplyViewsAsync(NpgsqlConnection connection, IReadOnlyList<Hit> hits, IReadOnlySet<string> returning, CancellationToken ct)
    {
        var itemHits = hits.Where(h => h.ContentId is not null).ToList();
        if (itemHits.Count == 0)
        {
            return;
        }

        // Hits for ids that do not exist (deleted, mistyped, forged) are dropped, not errors.
        var ids = itemHits.Select(h => h.ContentId!.Value).Distinct().ToArray();
        var existing = new HashSet<long>();
        await using (var command = new NpgsqlCommand("SELECT id FROM content_items WHERE id = ANY(@ids)", connection))
        {
            command.Parameters.AddWithValue("ids", ids);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                existing.Add(reader.GetInt64(0));
            }
        }

        var pairs = itemHits.Where(h => existing.Contains(h.ContentId!.Value))
            .GroupBy(h => (h.VisitorId, Content: h.ContentId!.Value))
            .ToDictionary(g => g.Key, g => g.Select(h => h.At).ToList());
        if (pairs.Count == 0)
        {
            return;
        }

        var marks = new Dictionary<(string, long), DateTimeOffset>();
        var known = pairs.Keys.Where(k => returning.Contains(k.VisitorId)).ToList(); // a new visitor has no marks yet
        if (known.Count > 0)
        {
            await using (var command = new NpgsqlCommand("""
                SELECT visitor_id, content_id, counted_at FROM view_marks WHERE visitor_id = ANY(@visitors)
                """, connection))
            {
                // A visitor's marks of other items come along too (a few, at most one per item it
                // viewed within the window); only the pairs of this batch are kept.
                command.Parameters.AddWithValue("visitors", known.Select(k => k.VisitorId).Distinct(StringComparer.Ordinal).ToArray());
                await using var reader = await command.ExecuteReaderAsync(ct);
                while (await reader.ReadAsync(ct))
                {
                    var pair = (reader.GetString(0), reader.GetInt64(1));
                    if (pairs.ContainsKey(pair))
                    {
                        marks[pair] = reader.GetFieldValue<DateTimeOffset>(2);
                    }
                }
            }
        }

        var newMarks = new List<((string VisitorId, long Content) Pair, DateTimeOffset At)>();
        var totals = new Dictionary<long, long>();
        var daily = new Dictionary<(long, DateOnly), long>();
        foreach (var (pair, times) in pairs)
        {
            var counted = settings.Rules.CountedViews(marks.TryGetValue(pair, out var mark) ? mark : null, times);
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

        if (newMarks.Count == 0)
        {
            return;
        }

        await ExecuteAsync(connection, """
            INSERT INTO view_marks (visitor_id, content_id, counted_at)
            SELECT * FROM unnest(@visitors, @contents, @at)
            ON CONFLICT (visitor_id, content_id) DO UPDATE SET counted_at = EXCLUDED.counted_at
            """, ct,
            ("visitors", newMarks.Select(m => m.Pair.VisitorId).ToArray()),
            ("contents", newMarks.Select(m => m.Pair.Content).ToArray()),
            ("at", newMarks.Select(m => m.At.ToUniversalTime()).ToArray()));
        await ExecuteAsync(connection, """
            INSERT INTO content_view_totals (content_id, views, imported)
            SELECT content_id, n, 0 FROM unnest(@contents, @n) AS t(content_id, n)
            ON CONFLICT (content_id) DO UPDATE SET views = content_view_totals.views + EXCLUDED.views
            """, ct, ("contents", totals.Keys.ToArray()), ("n", totals.Values.ToArray()));
        await ExecuteAsync(connection, """
            INSERT INTO content_daily_views (content_id, day, views)
            SELECT * FROM unnest(@contents, @days, @n)
            ON CONFLICT (content_id, day) DO UPDATE SET views = content_daily_views.views + EXCLUDED.views
            """, ct,
            ("contents", daily.Keys.Select(k => k.Item1).ToArray()),
            ("days", daily.Keys.Select(k => k.Item2).ToArray()),
            ("n", daily.Values.ToArray()));
    }

    private static async Task<int> ExecuteAsync(DbConnection connection, string sql, CancellationToken ct, params (string Name, object Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, (NpgsqlConnection)connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return await command.ExecuteNonQueryAsync(ct);
    }
}
