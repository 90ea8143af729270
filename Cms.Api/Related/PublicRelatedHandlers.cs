using Cms.Api.Caching;
using Cms.Api.Content;
using Cms.Domain.Common;
using Cms.Domain.Content;
using Cms.Infrastructure.Persistence;
using Mapster;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Cms.Api.Related;

/// <summary>What the public related route does (the route: <see cref="RelatedEndpoints"/>).</summary>
internal static class PublicRelatedHandlers
{
    /// <summary>
    /// Output-cached under the content tag: any publish, unpublish or edit anywhere, and any
    /// change of pins, evicts it (after the commit, and on every instance by NOTIFY), since each
    /// may change another item's list.
    /// </summary>
    public static async Task<Ok<RelatedItemsResponse>> ListAsync<TEntity>(string idOrSlug, CmsDbContext db, TypeAdapterConfig mapping, TimeProvider clock,
        HttpContext http, CancellationToken ct)
        where TEntity : ContentItem
    {
        var kind = ContentKind.Of<TEntity>();
        var now = clock.GetUtcNow();
        var item = await ContentReader.FindAsync(db, kind.Type, idOrSlug, now, ct) ?? throw new NotFoundException(kind.Singular, idOrSlug);
        var ids = await new RelatedItems(db).IdsAsync(item.Id, now, ct);
        http.Response.Headers.CacheControl = PublicCache.List;
        return TypedResults.Ok(new RelatedItemsResponse(await ContentCards.PublicAsync(db, ids, mapping, now, ct)));
    }

    /// <summary>
    /// The lists of many items (the site builder's full build): one statement for all of them,
    /// one read of all their cards. Not output-cached, as GET /{type}/batch: each caller asks for
    /// its own set.
    /// </summary>
    public static async Task<Ok<RelatedBatch>> BatchAsync<TEntity>([FromQuery] long[] ids, CmsDbContext db, TypeAdapterConfig mapping, TimeProvider clock,
        HttpContext http, CancellationToken ct)
        where TEntity : ContentItem
    {
        var asked = ItemBatchQuery.Validate(ids);
        var now = clock.GetUtcNow();
        var lists = await new RelatedItems(db).ManyAsync(ContentKind.Of<TEntity>().Type, asked, now, ct);
        var cards = (await ContentCards.PublicAsync(db, lists.Values.SelectMany(l => l).Distinct().ToList(), mapping, now, ct)).ToDictionary(c => c.Id);
        http.Response.Headers.CacheControl = PublicCache.Item;
        return TypedResults.Ok(new RelatedBatch(
            asked.Where(lists.ContainsKey).Select(id => new RelatedOfItem(id, lists[id].Where(cards.ContainsKey).Select(r => cards[r]).ToList())).ToList(),
            asked.Where(id => !lists.ContainsKey(id)).ToList()));
    }
}
