using Cms.Api.Caching;
using Cms.Api.Common;
using Cms.Api.Search;
using Cms.Domain.Content;
using Cms.Infrastructure.Persistence;
using Mapster;
using Microsoft.EntityFrameworkCore;

namespace Cms.Api.Content;

/// <summary>
/// Reads one page of a public list: its ids numbered or by cursor (PublicListIds), or searched
/// (ranked by the EF query, with snippets); the cards for them (ContentCards); and the cursor
/// to the next page.
/// </summary>
internal static class ContentPages
{
    /// <summary>What a public list is narrowed to, and the time it is read at.</summary>
    public sealed record Shape(PublicListFilter Filter, DateTimeOffset Now);

    /// <param name="searched">The list's ids, filtered and ranked, as EF reads them: for search results and their total.</param>
    /// <param name="query">The request's paging, cursor and search.</param>
    /// <param name="list">Names the list and its filters, for the cached total.</param>
    /// <param name="shape">The list's filters.</param>
    /// <param name="db">For the page's rows, snippets and deep pages.</param>
    /// <param name="mapping">Maps the rows read onto summaries.</param>
    /// <param name="counts">Cached totals.</param>
    /// <param name="ct">Cancellation.</param>
    public static async Task<PagedList<ContentSummary>> ReadAsync(IQueryable<long> searched, ContentListQuery query, string list, Shape shape,
        CmsDbContext db, TypeAdapterConfig mapping, ListCounts counts, CancellationToken ct)
    {
        var size = query.Paging.EffectiveSize;
        if (ContentCursor.Parse(query.After) is { } after)
        {
            var ids = await new PublicListIds(db).PageAsync(shape.Filter, shape.Now, 0, size + 1, (after.PublishedAt, after.Id), ct);
            var items = await ContentCards.PublicAsync(db, ids, mapping, shape.Now, ct);
            return new PagedList<ContentSummary>(items.Take(size).ToList(), null, size, null, null) { NextCursor = NextAfter(items, size) };
        }

        var filter = $"{list}|{query.Category}|{query.TagSlug}|{query.Search}";
        var total = await counts.CountAsync(filter, shape.Now, c => query.Search is null ? new PublicListIds(db).CountAsync(shape.Filter, shape.Now, c) : searched.CountAsync(c), ct);
        var page = query.Search is null
            ? await PageAsync(query.Paging, total, shape, db, mapping, ct)
            : await SearchPageAsync(searched, query.Paging, total, shape, db, mapping, ct);
        if (query.Search is not null)
        {
            return await SearchSnippets.AddAsync(page, query.Search, db, ct); // ranked: no cursor
        }

        return page.Page < page.TotalPages ? page with { NextCursor = CursorOf(page.Items[^1]) } : page;
    }

    /// <summary>
    /// A numbered page in two steps: the ids alone by hand-written SQL (PublicListIds: the
    /// public-list indexes hold them in list order, so skipping to a deep page is an index-only
    /// scan), then the rows of just those ids, read without EF (see ContentReader).
    /// </summary>
    private static async Task<PagedList<ContentSummary>> PageAsync(
        PageQuery paging, int total, Shape shape, CmsDbContext db, TypeAdapterConfig mapping, CancellationToken ct)
    {
        var size = paging.EffectiveSize;
        var skip = (long)(paging.EffectivePage - 1) * size;
        var totalPages = (total + size - 1) / size;
        if (skip >= total)
        {
            return new PagedList<ContentSummary>([], paging.EffectivePage, size, total, totalPages);
        }

        var ids = await new PublicListIds(db).PageAsync(shape.Filter, shape.Now, (int)skip, size, null, ct);
        return new PagedList<ContentSummary>(await ContentCards.PublicAsync(db, ids, mapping, shape.Now, ct), paging.EffectivePage, size, total, totalPages);
    }

    /// <summary>A page of search results: the ids in rank order by EF, then their cards.</summary>
    private static async Task<PagedList<ContentSummary>> SearchPageAsync(
        IQueryable<long> searched, PageQuery paging, int total, Shape shape, CmsDbContext db, TypeAdapterConfig mapping, CancellationToken ct)
    {
        var ids = await PagedList<long>.CreateAsync(searched, paging, ct, total);
        return ContentCards.Page(ids, await ContentCards.PublicAsync(db, ids.Items, mapping, shape.Now, ct));
    }

    /// <summary>
    /// How the EF query, which only search results are read from, applies the list's tag: a
    /// search ranks the newest <see cref="Infrastructure.Search.ContentSearch.Window"/> matches,
    /// so that is how far it reads. Null when no tag is asked, and when not searching: then the
    /// EF query is never read (its tag filter, "nothing" for a null plan, does not matter).
    /// </summary>
    public static async Task<TagPlan?> SearchTagPlanAsync(ContentListQuery query, CmsDbContext db, CancellationToken ct) =>
        query.Search is null || query.TagSlug is null ? null
            : await new TagPlanner(db).PlanAsync(query.TagSlug, Infrastructure.Search.ContentSearch.Window, ct);

    private static string? NextAfter(List<ContentSummary> items, int size) => items.Count > size ? CursorOf(items[size - 1]) : null;

    /// <summary>The cursor to the items after <paramref name="item"/> in a newest-first list.</summary>
    internal static string CursorOf(ContentSummary item) => new ContentCursor(item.PublishedAt!.Value, item.Id).ToString();
}
