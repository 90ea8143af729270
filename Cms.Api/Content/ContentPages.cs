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

    /// <summary>
    /// Where a newest-first public list's ids come from: <c>Page(skip, take, after)</c> reads a
    /// page of them (numbered, or after a cursor's item) and <c>Count</c> says how many there are.
    /// </summary>
    public sealed record IdSource(
        Func<int, int, (DateTimeOffset PublishedAt, long Id)?, CancellationToken, Task<List<long>>> Page,
        Func<CancellationToken, Task<int>> Count);

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
        var filter = $"{list}|{query.Category}|{query.TagSlug}|{query.Search}";
        if (query.Search is null || ContentCursor.Parse(query.After) is not null)
        {
            var ids = new PublicListIds(db);
            var source = new IdSource(
                (skip, take, after, c) => ids.PageAsync(shape.Filter, shape.Now, skip, take, after, c),
                c => counts.CountAsync(filter, shape.Now, c2 => ids.CountAsync(shape.Filter, shape.Now, c2), c));
            return await NewestFirstAsync(source, query.Paging, query.After, shape.Now, db, mapping, ct);
        }

        var total = await counts.CountAsync(filter, shape.Now, searched.CountAsync, ct);
        var page = await SearchPageAsync(searched, query.Paging, total, shape, db, mapping, ct);
        return await SearchSnippets.AddAsync(page, query.Search, db, ct); // ranked: no cursor
    }

    /// <summary>
    /// A page of a newest-first public list (a section's, a tag's, an author's): after a cursor's
    /// item when one is given (no total), else numbered, with the cursor to the next page. Its ids
    /// come alone (<paramref name="source"/>: hand-written SQL the public-list indexes answer, so
    /// a deep page is an index-only scan), then the rows of just those ids, read without EF (see
    /// ContentReader).
    /// </summary>
    public static async Task<PagedList<ContentSummary>> NewestFirstAsync(IdSource source, PageQuery paging, string? after, DateTimeOffset now,
        CmsDbContext db, TypeAdapterConfig mapping, CancellationToken ct)
    {
        var size = paging.EffectiveSize;
        if (ContentCursor.Parse(after) is { } cursor)
        {
            // One more than asked says whether there is a next page.
            var next = await ContentCards.PublicAsync(db, await source.Page(0, size + 1, (cursor.PublishedAt, cursor.Id), ct), mapping, now, ct);
            return new PagedList<ContentSummary>(next.Take(size).ToList(), null, size, null, null) { NextCursor = NextAfter(next, size) };
        }

        var total = await source.Count(ct);
        var skip = (long)(paging.EffectivePage - 1) * size;
        var totalPages = (total + size - 1) / size;
        var cards = skip >= total ? [] : await ContentCards.PublicAsync(db, await source.Page((int)skip, size, null, ct), mapping, now, ct);
        return new PagedList<ContentSummary>(cards, paging.EffectivePage, size, total, totalPages)
        {
            // A cached total can promise a page that comes back short, even empty.
            NextCursor = paging.EffectivePage < totalPages && cards.Count > 0 ? CursorOf(cards[^1]) : null,
        };
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
