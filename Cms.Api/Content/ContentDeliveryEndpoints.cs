using Cms.Api.Caching;
using Cms.Api.Categories;
using Cms.Api.Common;
using Cms.Api.Mapping;
using Cms.Api.Related;
using Cms.Api.Replicas;
using Cms.Api.Security;
using Cms.Api.Search;
using Cms.Api.Validation;
using Cms.Domain.Common;
using Cms.Domain.Content;
using Cms.Infrastructure.Persistence;
using Mapster;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Cms.Api.Content;

/// <summary>
/// Public, anonymous, read-only: what readers, the static site and mobile apps use. The routes
/// for one content type; what each does: <see cref="PublicContentHandlers{TEntity, TResponse}"/>.
/// </summary>
internal static class ContentDeliveryEndpoints
{
    public static void MapContentDelivery<TEntity, TResponse>(this IEndpointRouteBuilder api)
        where TEntity : ContentItem
        where TResponse : ContentDetail
    {
        var kind = ContentKind.Of<TEntity>();
        var group = api.MapGroup(kind.Route).WithTags(kind.Plural);

        group.MapGet("/", PublicContentHandlers<TEntity, TResponse>.ListAsync)
            .Validate<ContentListQuery>()
            .PublicResponse()
            .WithName($"List{kind.Plural}")
            .WithSummary($"Published {kind.Nouns}, newest first")
            .WithDescription("Filter by category (sub-sections included) and tag; numbered pages. With ?q=, only items matching every word, best first, each with a snippet.")
            .ProducesProblem(StatusCodes.Status404NotFound);

        // Before /{idOrSlug}: "batch" is a literal, which routing tries first (Slug.IsValid keeps it from being a slug).
        group.MapGet("/batch", PublicContentHandlers<TEntity, TResponse>.BatchAsync)
            // Not output-cached: every caller asks for its own set, which would only push the
            // pages readers share out of the cache.
            .RequireRateLimiting(RateLimits.PublicReads)
            .ReadsFromReplica() // the site builder's catch-up reads: the bulk of its load
            .WithName($"Get{kind.Plural}ById")
            .WithSummary($"Many published {kind.Nouns} in full, by id (up to {ItemBatchQuery.MaxIds} per request)")
            .WithDescription("?ids=1&ids=2&…: the items in the order asked, and the ids that are not public (drop those). "
                + "For catching up after GET /changes named many items: one request per hundred instead of one each.")
            .ProducesValidationProblem();

        group.MapGet("/{idOrSlug}", PublicContentHandlers<TEntity, TResponse>.GetAsync)
            .PublicResponse()
            .WithName($"Get{kind.Singular}")
            .WithSummary($"One published {kind.Noun} in full, by id or slug")
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapRelatedDelivery<TEntity>();
    }
}

/// <summary>What each public route for one content type does (the routes: <see cref="ContentDeliveryEndpoints"/>).</summary>
internal static class PublicContentHandlers<TEntity, TResponse>
    where TEntity : ContentItem
    where TResponse : ContentDetail
{
    public static async Task<Ok<PagedList<ContentSummary>>> ListAsync([AsParameters] ContentListQuery query, CmsDbContext db, TypeAdapterConfig mapping,
        CategoryTree tree, ListCounts counts, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var kind = ContentKind.Of<TEntity>();
        var now = clock.GetUtcNow();
        var categories = await tree.SelfAndDescendantsAsync(query.Category, ct);
        var items = db.Set<TEntity>().AsNoTracking()
            .PublicAt(now).InCategories(categories).WithTag(query.TagSlug, await ContentPages.SearchTagPlanAsync(query, db, ct))
            .SearchedOrNewest(query.Search).Select(x => x.Id);
        http.Response.Headers.CacheControl = PublicCache.List;
        var shape = new ContentPages.Shape(new PublicListFilter(kind.Type, categories, query.TagSlug), now);
        return TypedResults.Ok(await ContentPages.ReadAsync(items, query, kind.Route, shape, db, mapping, counts, ct));
    }

    public static async Task<Ok<ItemBatch<TResponse>>> BatchAsync([FromQuery] long[] ids, CmsDbContext db, TypeAdapterConfig mapping, TimeProvider clock,
        HttpContext http, CancellationToken ct)
    {
        var asked = ItemBatchQuery.Validate(ids);
        var items = await ContentReader.FindManyAsync(db, ContentKind.Of<TEntity>().Type, asked, clock.GetUtcNow(), ct);
        var found = items.Select(x => x.Id).ToHashSet();
        http.Response.Headers.CacheControl = PublicCache.Item;
        return TypedResults.Ok(new ItemBatch<TResponse>(
            items.Select(x => x.Adapt<TResponse>(mapping)).ToList(), asked.Where(id => !found.Contains(id)).ToList()));
    }

    public static async Task<Results<Ok<TResponse>, StatusCodeHttpResult>> GetAsync(
        string idOrSlug, CmsDbContext db, TypeAdapterConfig mapping, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var kind = ContentKind.Of<TEntity>();
        var item = (await ContentReader.FindAsync(db, kind.Type, idOrSlug, clock.GetUtcNow(), ct)
            ?? throw new NotFoundException(kind.Singular, idOrSlug)).Adapt<TResponse>(mapping);

        // Readers' copies go stale when the item is edited, its view count moves, or its
        // section or a tag is written differently.
        var etag = ETags.ForPublicItem(item);
        http.Response.Headers.CacheControl = PublicCache.Item;
        http.Response.Headers.ETag = etag;
        if (ETags.Matches(http.Request.Headers.IfNoneMatch, etag))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return TypedResults.Ok(item);
    }
}
