using Microsoft.EntityFrameworkCore;

namespace Cms.Api.Common;

/// <summary>One numbered page of a list, with what a pager needs to draw "1 2 3 4 5 ...".</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalItems, int TotalPages)
{
    public static async Task<PagedList<T>> CreateAsync(IQueryable<T> query, PageQuery paging, CancellationToken ct)
    {
        var size = paging.EffectiveSize;
        var page = paging.EffectivePage;
        var total = await query.CountAsync(ct);
        var items = total == 0 || (long)(page - 1) * size >= total
            ? []
            : await query.Skip((page - 1) * size).Take(size).ToListAsync(ct);
        return new PagedList<T>(items, page, size, total, (total + size - 1) / size);
    }
}
