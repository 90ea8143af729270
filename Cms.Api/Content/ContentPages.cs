using Cms.Api.Caching;
using Cms.Api.Common;
using Cms.Api.Search;
using Cms.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cms.Api.Content;

/// <summary>
/// Reads one page of a public list (rows already filtered and ordered): numbered, by cursor,
/// or searched, with snippets for search results and the cursor to the next page.
/// </summary>
internal static class ContentPages
{
    /// <param name="rows">The list, filtered and ordered.</param>
    /// <param name="query">The request's paging, cursor and search.</param>
    /// <param name="list">Names the list and its filters, for the cached total.</param>
    /// <param name="db">For snippets.</param>
    /// <param name="counts">Cached totals.</param>
    /// <param name="ct">Cancellation.</param>
    public static async Task<PagedList<ContentSummary>> ReadAsync(
        IQueryable<ContentSummary> rows, ContentListQuery query, string list, CmsDbContext db, ListCounts counts, CancellationToken ct)
    {
        var size = query.Paging.EffectiveSize;
        if (ContentCursor.Parse(query.After) is { } after)
        {
            var items = await rows.Where(x => x.PublishedAt < after.PublishedAt || (x.PublishedAt == after.PublishedAt && x.Id < after.Id))
                .Take(size + 1).ToListAsync(ct);
            return new PagedList<ContentSummary>(items.Take(size).ToList(), null, size, null, null) { NextCursor = NextAfter(items, size) };
        }

        var filter = $"{list}|{query.Category}|{query.Tag}|{query.Search}";
        var total = await counts.CountAsync(filter, c => rows.CountAsync(c), ct);
        var page = await PagedList<ContentSummary>.CreateAsync(rows, query.Paging, ct, total);
        if (query.Search is not null)
        {
            return await SearchSnippets.AddAsync(page, query.Search, db, ct); // ranked: no cursor
        }

        return page.Page < page.TotalPages ? page with { NextCursor = CursorOf(page.Items[^1]) } : page;
    }

    private static string? NextAfter(List<ContentSummary> items, int size) => items.Count > size ? CursorOf(items[size - 1]) : null;

    private static string CursorOf(ContentSummary item) => new ContentCursor(item.PublishedAt!.Value, item.Id).ToString();
}
