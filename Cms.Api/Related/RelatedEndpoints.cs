using Cms.Api.Caching;
using Cms.Api.Security;
using Cms.Api.Content;
using Cms.Api.Replicas;
using Cms.Api.Validation;
using Cms.Domain.Content;

namespace Cms.Api.Related;

/// <summary>
/// "Tin liên quan": the stories under an item. Readers get them beside the item's public route;
/// editors pin their own choice beside its management routes, with the rights of editing the
/// item (Domain/Users/EditorialRights). What each route does: <see cref="PublicRelatedHandlers"/>
/// and <see cref="RelatedPinHandlers{TEntity}"/>.
/// </summary>
internal static class RelatedEndpoints
{
    public static void MapRelatedDelivery<TEntity>(this IEndpointRouteBuilder group)
        where TEntity : ContentItem
    {
        var kind = ContentKind.Of<TEntity>();
        // A literal before /{idOrSlug}/related, which routing tries first ("batch" is no slug).
        group.MapGet("/batch/related", PublicRelatedHandlers.BatchAsync<TEntity>)
            .RequireRateLimiting(RateLimits.PublicReads)
            .ReadsFromReplica()
            .WithName($"Get{kind.Plural}RelatedById")
            .WithSummary($"The stories under many published {kind.Nouns}, by id (up to {ItemBatchQuery.MaxIds} per request)")
            .WithDescription("?ids=1&ids=2&…: for each public item asked for, in order, its list as GET /{type}/{idOrSlug}/related gives it; "
                + "the ids that are not public. For a site builder drawing many pages: one request per hundred instead of one each.")
            .ProducesValidationProblem();

        group.MapGet("/{idOrSlug}/related", PublicRelatedHandlers.ListAsync<TEntity>)
            .PublicResponse()
            .WithName($"Get{kind.Singular}Related")
            .WithSummary($"The stories to show under a published {kind.Noun} (\"Tin liên quan\"), up to {RelatedPin.MaxItems}, as list cards")
            .WithDescription("Editors' pins first, in their order; then the items sharing the most of its tags, then those in its section, the most recent first among equals. Only items public now; any type.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    public static void MapRelatedPins<TEntity>(this IEndpointRouteBuilder group)
        where TEntity : ContentItem
    {
        var kind = ContentKind.Of<TEntity>();
        var one = kind.Noun;

        group.MapGet("/{id:long}/related", RelatedPinHandlers<TEntity>.GetAsync)
            .WithName($"Get{kind.Singular}RelatedPins")
            .WithSummary($"The stories pinned under the {one}, public or not, and what readers see under it now")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPut("/{id:long}/related", RelatedPinHandlers<TEntity>.ReplaceAsync)
            .Validate<RelatedPinsRequest>()
            .WithName($"Replace{kind.Singular}RelatedPins")
            .WithSummary($"Replace the stories pinned under the {one}, in order (empty: none)")
            .WithDescription($"At most {RelatedPin.MaxItems}, each once, not the item itself; any existing item of any type, drafts and scheduled ones included (readers see each while it is public). Who may edit the item may pin (authors: their own drafts).")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
