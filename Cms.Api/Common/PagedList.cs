using Microsoft.EntityFrameworkCore;

namespace Cms.Api.Common;

/// <summary>
/// One page of a list. Numbered pages carry what a pager needs to draw "1 2 3 4 5 ...";
/// a page read with a cursor (?after=) carries no page number or totals (counting is what
/// makes deep pages slow) but, like numbered pages, the cursor to the next one.
/// </summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int? Page, int PageSize, int? TotalItems, int? TotalPages)
{
    /// <summary>Send as ?after= for the items after this page; null on the last page.</summary>
    public string? NextCursor { get; init; }

    /// <param name="query">The whole list, ordered.</param>
    /// <param name="paging">Which page.</param>
    /// <param name="ct">Cancellation.</param>
    /// <param name="total">The list's length when the caller knows it (see Caching/ListCounts); else it is counted.</param>
    public static async Task<PagedList<T>> CreateAsync(IQueryable<T> query, PageQuery paging, CancellationToken ct, int? total = null)
    {
        var size = paging.EffectiveSize;
        var page = paging.EffectivePage;
        total ??= await query.CountAsync(ct);
        var items = total == 0 || (long)(page - 1) * size >= total
            ? []
            : await query.Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return new PagedList<T>(items, page, size, total, (total.Value + size - 1) / size);
    }
}
