using Cms.Domain.Content;
using Cms.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cms.Infrastructure.Changes;

/// <summary>
/// Reads the change log without gaps. Rows are ordered by (transaction, seq) and only rows of
/// transactions older than every transaction still running are read: those can no longer
/// change, and every later row belongs to a later transaction, so a position once passed
/// never has a row appear behind it.
/// </summary>
public sealed class ChangeFeedReader(CmsDbContext db)
{
    public sealed record Position(long Tx, long Seq);

    public sealed record Changed(long ContentId, ContentType Type, Position At);

    /// <summary>
    /// Up to <paramref name="limit"/> changed items after <paramref name="after"/>, each once at its
    /// latest change, oldest first; <c>More</c> when the log holds more after the last one.
    /// <c>Wal</c>: the primary's log position when the feed was read, past the commit of every
    /// change it can return (their transactions had all ended), in PostgreSQL's text form
    /// ("0/16B3748"): a read from a replica that has replayed this far sees all of them.
    /// </summary>
    public async Task<(IReadOnlyList<Changed> Items, bool More, string Wal)> ReadAsync(Position after, int limit, CancellationToken ct)
    {
        var horizon = await db.Database.SqlQuery<long>($"SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint AS \"Value\"").SingleAsync(ct);
        // Read after the horizon: every transaction below it had ended, so this is past their commits.
        var wal = await Replicas.PrimaryPosition.ReadTextAsync(db, ct);
        var window = limit * 4; // an item edited several times shows once
        var rows = await db.Set<ContentChange>().AsNoTracking()
            .Where(c => c.Tx < horizon && (c.Tx > after.Tx || (c.Tx == after.Tx && c.Seq > after.Seq)))
            .OrderBy(c => c.Tx).ThenBy(c => c.Seq)
            .Take(window)
            .Select(c => new { c.ContentId, c.Type, c.Tx, c.Seq })
            .ToListAsync(ct);
        var latest = rows.GroupBy(r => r.ContentId).Select(g => g.Last()).OrderBy(r => r.Tx).ThenBy(r => r.Seq).ToList();
        var items = latest.Take(limit).Select(r => new Changed(r.ContentId, r.Type, new Position(r.Tx, r.Seq))).ToList();
        return (items, rows.Count == window || latest.Count > limit, wal);
    }
}
