using Cms.Domain.Content;
using Cms.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cms.Api.Content;

/// <summary>One public item as the delivery API serves it: the entity with its section and tags, and its view count.</summary>
internal sealed record PublicItem<TEntity>(TEntity Item, long Views)
    where TEntity : ContentItem;

/// <summary>
/// The public read of one item by id or slug: the delivery API's hottest path when the output
/// cache misses. One round trip (item, section, tags and view count together) and compiled
/// once per content type, so a request skips EF's per-call LINQ translation and cache lookup
/// (about half the API's CPU per article, bench/run.sh).
/// </summary>
internal static class PublicItemQuery<TEntity>
    where TEntity : ContentItem
{
    /// <summary>
    /// Give the id or the slug, the other null. EF builds the SQL per combination of null
    /// parameters, and a comparison with null on a required column drops out, so each call
    /// runs a plain <c>id = $1</c> or <c>slug = $1</c> lookup on its index.
    /// </summary>
    public static readonly Func<CmsDbContext, long?, string?, DateTimeOffset, CancellationToken, Task<PublicItem<TEntity>?>> Find =
        EF.CompileAsyncQuery((CmsDbContext db, long? id, string? slug, DateTimeOffset now, CancellationToken ct) =>
            db.Set<TEntity>().AsNoTracking().Include(x => x.Category).Include(x => x.Tags)
                // As ContentQueries.PublicAt (a compiled query cannot call it): published, or scheduled and due.
                .Where(x => (x.Status == ContentStatus.Published || x.Status == ContentStatus.Scheduled) && x.PublishedAt <= now)
                .Where(x => x.Id == id || x.Slug == slug)
                .Select(x => new PublicItem<TEntity>(x, db.ContentViewTotals.Where(v => v.ContentId == x.Id).Select(v => v.Views).FirstOrDefault()))
                .FirstOrDefault());
}
