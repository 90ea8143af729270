using System.Collections.Concurrent;

namespace Cms.Api.Caching;

/// <summary>
/// Exact totals for public lists, counted once per filter and kept until what the public
/// sees changes (any content change, a scheduled item going live). Counting a section of a
/// million items takes longer than reading any page of it; this way only the first request
/// after a change pays, and page 5,000 costs what its rows cost. Per process and bounded.
/// Changes made through other instances arrive by NOTIFY and move the version too; the
/// five-minute recount is only a safety net (a count of a large list costs more than a page
/// of it, which every list would otherwise pay twice a minute).
/// </summary>
internal sealed class ListCounts(ScheduledPublications version)
{
    private const int MaxEntries = 20_000;
    private const long MaxAgeMilliseconds = 300_000;
    private readonly ConcurrentDictionary<string, (long Version, long CountedAt, int Count)> counts = new(StringComparer.Ordinal);

    /// <param name="filter">Names the list.</param>
    /// <param name="readAt">The time the list is read at (what "public now" means to the count).</param>
    /// <param name="count">Counts it.</param>
    /// <param name="ct">Cancellation.</param>
    public async Task<int> CountAsync(string filter, DateTimeOffset readAt, Func<CancellationToken, Task<int>> count, CancellationToken ct)
    {
        var (current, since) = await version.CurrentAsync(ct);
        var now = Environment.TickCount64;
        if (counts.TryGetValue(filter, out var known) && known.Version == current && now - known.CountedAt < MaxAgeMilliseconds)
        {
            return known.Count;
        }

        var total = await count(ct);
        if (readAt < since)
        {
            // Read as of a time before the version's last change, the count may leave that change
            // out: right for this request, but kept it would stay wrong until the next change (a
            // list one item short, seen under a stream of publishes: every archive page shifted).
            return total;
        }

        if (counts.Count >= MaxEntries)
        {
            counts.Clear(); // many distinct filters (searches): start over rather than grow
        }

        counts[filter] = (current, now, total);
        return total;
    }
}
