using Cms.Api.Common;
using Cms.Infrastructure.Persistence;
using Mapster;

namespace Cms.Api.Content;

/// <summary>
/// The cards every list shows (public lists, search, most viewed, featured, the changes feed,
/// the newsroom's lists): whatever query chose a page's ids, its rows are read here by id
/// (Persistence/ContentReader) and mapped to summaries, so a card is built in one place.
/// </summary>
internal static class ContentCards
{
    /// <summary>The public ones of these items, in the order of <paramref name="ids"/>.</summary>
    public static async Task<List<ContentSummary>> PublicAsync(CmsDbContext db, IReadOnlyList<long> ids, TypeAdapterConfig mapping, DateTimeOffset now, CancellationToken ct) =>
        Map(await ContentReader.CardsAsync(db, ids, now, ct), mapping);

    /// <summary>These items whatever their status (the newsroom's), in the order of <paramref name="ids"/>.</summary>
    public static async Task<List<ContentSummary>> AnyStatusAsync(CmsDbContext db, IReadOnlyList<long> ids, TypeAdapterConfig mapping, DateTimeOffset now, CancellationToken ct) =>
        Map(await ContentReader.CardsOfAnyStatusAsync(db, ids, now, ct), mapping);

    /// <summary>A page of ids as the page of their cards (an id whose item went meanwhile left out).</summary>
    public static PagedList<ContentSummary> Page(PagedList<long> ids, List<ContentSummary> cards) =>
        new(cards, ids.Page, ids.PageSize, ids.TotalItems, ids.TotalPages) { NextCursor = ids.NextCursor };

    private static List<ContentSummary> Map(List<ContentRecord> rows, TypeAdapterConfig mapping) =>
        rows.Select(row => row.Adapt<ContentSummary>(mapping)).ToList();
}
