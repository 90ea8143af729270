using Cms.Api.Auth;
using Cms.Api.Configuration;
using Cms.Api.Content;
using Cms.Api.Feeds;
using Cms.Domain.Common;
using Cms.Domain.Content;
using Cms.Domain.Previews;
using Cms.Domain.Users;
using Cms.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cms.Api.Previews;

/// <summary>
/// What each preview-link route of one content type does (the routes and who may call them:
/// <see cref="PreviewLinkEndpoints"/>). Whoever may open the item may share it: editors any
/// item, authors their own, whatever its status, as for working copies (the preview shows the
/// copy). Refusals are exceptions, as in ManagedContentHandlers.
/// </summary>
internal static class PreviewLinkHandlers<TEntity>
    where TEntity : ContentItem
{
    /// <summary>What the routes share, bound from DI in one parameter ([AsParameters]).</summary>
    internal sealed record Services(CmsDbContext Db, PreviewTokens Tokens, SiteLinks Links, TimeProvider Clock, HttpContext Http);

    public static async Task<Created<PreviewLinkResponse>> CreateAsync(long id, PreviewLinkRequest request, IOptions<CmsOptions> options,
        [AsParameters] Services services, CancellationToken ct)
    {
        await EnsureMayShareAsync(services, id, ct);
        var lifetime = request.ValidHours is { } hours ? TimeSpan.FromHours(hours) : options.Value.Preview.LinkLifetime;
        var link = new PreviewLink(id, services.Clock.GetUtcNow() + lifetime);
        services.Db.PreviewLinks.Add(link);
        await services.Db.SaveChangesAsync(ct);
        NeverStore(services.Http);
        return TypedResults.Created($"/api/v1/manage/{ContentKind.Of<TEntity>().Route}/{id}/preview-links", Respond(link, services));
    }

    public static async Task<Ok<List<PreviewLinkResponse>>> ListAsync(long id, [AsParameters] Services services, CancellationToken ct)
    {
        await EnsureMayShareAsync(services, id, ct);
        var links = await services.Db.PreviewLinks.AsNoTracking().Where(l => l.ContentId == id).OrderByDescending(l => l.Id).ToListAsync(ct);
        NeverStore(services.Http);
        return TypedResults.Ok(links.Select(link => Respond(link, services)).ToList());
    }

    public static async Task<NoContent> RevokeAsync(long id, long linkId, [AsParameters] Services services, CancellationToken ct)
    {
        await EnsureMayShareAsync(services, id, ct);
        var link = await services.Db.PreviewLinks.FirstOrDefaultAsync(l => l.Id == linkId && l.ContentId == id, ct)
            ?? throw new NotFoundException("Preview link", linkId);
        link.Revoke(services.Http.User.ToActor().UserName, services.Clock.GetUtcNow());
        await services.Db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    private static Task EnsureMayShareAsync(Services services, long id, CancellationToken ct) =>
        VisibleItem.FindAsync<TEntity>(services.Db, id, services.Http.User, ct);

    private static PreviewLinkResponse Respond(PreviewLink link, Services services)
    {
        var token = services.Tokens.Create(link.Id, link.ExpiresAt);
        return new PreviewLinkResponse(link.Id, link.ContentId, services.Links.Preview(token), token, link.ExpiresAt, link.CreatedBy, link.CreatedAt,
            link.RevokedAt, link.RevokedBy, link.StateAt(services.Clock.GetUtcNow()));
    }

    /// <summary>The answer holds a working token: no cache keeps it.</summary>
    private static void NeverStore(HttpContext http) => http.Response.Headers.CacheControl = "no-store";
}
