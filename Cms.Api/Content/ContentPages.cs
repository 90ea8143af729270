using Cms.Api.Caching;
using Cms.Api.Common;
using Cms.Api.Search;
using Cms.Domain.Content;
using Cms.Infrastructure.Persistence;
using Mapster;
using Microsoft.EntityFrameworkCore;

namespace Cms.Api.Content;

/// <summary>
/// Reads one page of a public list (rows already filtered and ordered): numbered, by cursor,
/// or searched, with snippets for search results and the cursor to the next page.
/// </summary>
internal static class ContentPages
{
    /// <summary>What a public list is made of, for reading deep pages the fast way.</summary>
    public sealed record Shape(ContentType? Type, IReadOnlyCollection<int>? Categories, bool Tagged, DateTimeOffset Now)
    {
        /// <summary>
        /// Untagged lists take their ids from the public-list indexes by hand-written SQL
        /// (PublicListIds), on every page and cursor: a section with sub-sections as one
        /// ordered branch per category, merged ("category_id = ANY(...)" would make PostgreSQL
        /// sort the section or walk the whole site's newest-first index). A tag filter joins
        /// the item–tag links and stays with EF.
        /// </summary>
        public bool ListsIdsByIndex => !Tagged;
    }

    /// <param name="rows">The list, filtered and ordered.</param>
    /// <param name="query">The request's paging, cursor and search.</param>
    /// <param name="list">Names the list and its filters, for the cached total.</param>
    /// <param name="shape">The list's filters.</param>
    /// <param name="db">For the page's rows, snippets and deep pages.</param>
    /// <param name="mapping">Maps the rows read onto summaries.</param>
    /// <param name="counts">Cached totals.</param>
    /// <param name="ct">Cancellation.</param>
    public static async Task<PagedList<ContentSummary>> ReadAsync(IQueryable<ContentSummary> rows, ContentListQuery query, string list, Shape shape,
        CmsDbContext db, TypeAdapterConfig mapping, ListCounts counts, CancellationToken ct)
    {
        var size = query.Paging.EffectiveSize;
        if (ContentCursor.Parse(query.After) is { } after)
        {
            var ids = shape.ListsIdsByIndex
                ? await new PublicListIds(db).PageAsync(shape.Type, shape.Categories, shape.Now, 0, size + 1, (after.PublishedAt, after.Id), ct)
                // "PublishedAt <= x" lets the index start at the cursor; the OR only settles ties.
                : await rows.Where(x => x.PublishedAt <= after.PublishedAt && (x.PublishedAt < after.PublishedAt || x.Id < after.Id))
                    .Select(x => x.Id).Take(size + 1).ToListAsync(ct);
            var items = await PublicContentReader.CardsAsync(db, ids, mapping, shape.Now, ct);
            return new PagedList<ContentSummary>(items.Take(size).ToList(), null, size, null, null) { NextCursor = NextAfter(items, size) };
        }

        var filter = $"{list}|{query.Category}|{query.Tag}|{query.Search}";
        var total = await counts.CountAsync(filter, c => rows.CountAsync(c), ct);
        var page = query.Search is null
            ? await PageAsync(rows, query.Paging, total, shape, db, mapping, ct)
            : await PagedList<ContentSummary>.CreateAsync(rows, query.Paging, ct, total);
        if (query.Search is not null)
        {
            return await SearchSnippets.AddAsync(page, query.Search, db, ct); // ranked: no cursor
        }

        return page.Page < page.TotalPages ? page with { NextCursor = CursorOf(page.Items[^1]) } : page;
    }

    /// <summary>
    /// A numbered page in two steps: the ids alone (the public-list indexes hold them in list
    /// order, so skipping to a deep page is an index-only scan), then the rows of just those
    /// ids, read without EF (see PublicContentReader).
    /// </summary>
    private static async Task<PagedList<ContentSummary>> PageAsync(
        IQueryable<ContentSummary> rows, PageQuery paging, int total, Shape shape, CmsDbContext db, TypeAdapterConfig mapping, CancellationToken ct)
    {
        var size = paging.EffectiveSize;
        var skip = (long)(paging.EffectivePage - 1) * size;
        var totalPages = (total + size - 1) / size;
        if (skip >= total)
        {
            return new PagedList<ContentSummary>([], paging.EffectivePage, size, total, totalPages);
        }

        var ids = shape.ListsIdsByIndex
            ? await new PublicListIds(db).PageAsync(shape.Type, shape.Categories, shape.Now, (int)skip, size, null, ct)
            : await rows.Select(x => x.Id).Skip((int)skip).Take(size).ToListAsync(ct);
        return new PagedList<ContentSummary>(await PublicContentReader.CardsAsync(db, ids, mapping, shape.Now, ct), paging.EffectivePage, size, total, totalPages);
    }

    private static string? NextAfter(List<ContentSummary> items, int size) => items.Count > size ? CursorOf(items[size - 1]) : null;

    private static string CursorOf(ContentSummary item) => new ContentCursor(item.PublishedAt!.Value, item.Id).ToString();
}
