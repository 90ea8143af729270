using Cms.Api.Content;
using Cms.Api.Validation;
using Cms.Domain.Content;
using Microsoft.Extensions.Options;

namespace Cms.Api.Previews;

/// <summary>
/// An item's preview links: make one (an address on the public site that shows the item to
/// someone without an account), list them, revoke one. Mapped into each content type's
/// management group, so any staff account may call a route; which items an author may share
/// is decided per item (<see cref="PreviewLinkHandlers{TEntity}"/>).
/// </summary>
internal static class PreviewLinkEndpoints
{
    public static void MapPreviewLinks<TEntity>(this RouteGroupBuilder group)
        where TEntity : ContentItem
    {
        var kind = ContentKind.Of<TEntity>();
        var one = kind.Noun;

        // A lambda, so minimal APIs see that the body is required (a method group hides it).
        group.MapPost("/{id:long}/preview-links", (long id, PreviewLinkRequest request, IOptions<Configuration.CmsOptions> options,
                [AsParameters] PreviewLinkHandlers<TEntity>.Services services, CancellationToken ct) =>
                PreviewLinkHandlers<TEntity>.CreateAsync(id, request, options, services, ct))
            .Validate<PreviewLinkRequest>()
            .WithName($"Create{kind.Singular}PreviewLink")
            .WithSummary($"Make a link that shows {one} as readers will see it to someone without an account, until it expires (validHours, default Cms:Preview:LinkLifetime)")
            .WithDescription("Answers the public site's address to send (url) and its token. Editors may share any item, authors their own.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id:long}/preview-links", PreviewLinkHandlers<TEntity>.ListAsync)
            .WithName($"List{kind.Singular}PreviewLinks")
            .WithSummary($"The preview links of {one}, working, expired and revoked, newest first")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapDelete("/{id:long}/preview-links/{linkId:long}", PreviewLinkHandlers<TEntity>.RevokeAsync)
            .WithName($"Revoke{kind.Singular}PreviewLink")
            .WithSummary($"Revoke a preview link of {one}: it stops working at once (revoking it again changes nothing)")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
