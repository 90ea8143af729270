using Cms.Domain.Content;
using Microsoft.EntityFrameworkCore;

namespace Cms.Infrastructure.Persistence;

/// <summary>
/// The scheduled items whose time has come, for the scheduler to publish (Cms.Api's
/// ScheduledPublisher), and when the next one falls due.
/// </summary>
public sealed class ScheduledItems(CmsDbContext db)
{
    /// <summary>
    /// Up to <paramref name="batch"/> due items, oldest time first, locked for this transaction
    /// (FOR UPDATE SKIP LOCKED): another API instance publishing at the same moment takes other
    /// rows, so each item is published once. Call inside a transaction, and check each item
    /// again under the lock (the entity's PublishWhenDue does).
    /// </summary>
    public Task<List<ContentItem>> LockDueAsync(DateTimeOffset now, int batch, CancellationToken ct) =>
        db.ContentItems
            .FromSql($"""
                SELECT *, xmin FROM content_items
                WHERE status = 'Scheduled' AND published_at <= {now}
                ORDER BY published_at, id
                LIMIT {batch}
                FOR UPDATE SKIP LOCKED
                """)
            .ToListAsync(ct);

    /// <summary>When the next scheduled item falls due (null: nothing is scheduled).</summary>
    public Task<DateTimeOffset?> NextDueAsync(CancellationToken ct) =>
        db.ContentItems.Where(x => x.Status == ContentStatus.Scheduled).MinAsync(x => x.PublishedAt, ct);
}
