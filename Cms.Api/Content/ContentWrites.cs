using Cms.Api.Common;
using Cms.Api.Mapping;
using Cms.Api.Revisions;
using Cms.Domain.Common;
using Cms.Domain.Content;
using Cms.Infrastructure.Persistence;
using Cms.Infrastructure.Slugs;
using Mapster;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Cms.Api.Content;

/// <summary>
/// The steps every write to an item shares, whichever endpoint makes it (the newsroom's
/// handlers, a transcript import, a restored revision, a published working copy): load it with
/// its version pinned, write a request over it, create a draft, answer with the item.
/// </summary>
internal static class ContentWrites
{
    /// <summary>What writing an item's content needs, bound from DI in one parameter ([AsParameters]).</summary>
    internal sealed record DraftServices<TEntity, TRequest>(CmsDbContext Db, ContentFieldsFactory Fields, SlugAllocator Slugs,
        IContentEditor<TEntity, TRequest> Editor, RevisionLog Revisions, TypeAdapterConfig Mapping, TimeProvider Clock, HttpContext Http)
        where TEntity : ContentItem
        where TRequest : ContentRequest;

    /// <summary>What a change of an item's state needs (the workflow's steps, a schedule), in one parameter.</summary>
    internal sealed record StateServices(CmsDbContext Db, RevisionLog Revisions, TypeAdapterConfig Mapping, TimeProvider Clock, HttpContext Http);

    /// <summary>Creates a draft from a validated request: 201 with the item and its Location.</summary>
    public static async Task<Created<TResponse>> CreateDraftAsync<TEntity, TRequest, TResponse>(TRequest request,
        DraftServices<TEntity, TRequest> services, CancellationToken ct)
        where TEntity : ContentItem
        where TRequest : ContentRequest
        where TResponse : ContentDetail
    {
        var kind = ContentKind.Of<TEntity>();
        var item = await services.Editor.CreateAsync(request, await services.Fields.CreateAsync(request, ct), services.Fields, services.Clock.GetUtcNow(), ct);
        item.SetSlug(await services.Slugs.ForContentAsync(kind.Type, request.Slug, item.Title, null, ct));
        services.Db.Add(item);
        services.Revisions.Record(item, RevisionActions.Created);
        await services.Db.SaveChangesAsync(ct);
        var response = await RespondAsync<TEntity, TResponse>(item, services.Db, services.Mapping, services.Clock, services.Http);
        return TypedResults.Created($"/api/v1/manage/{kind.Route}/{item.Id}", response.Value);
    }

    /// <summary>Writes a validated request over an item's content (PUT, a restored revision, a published working copy).</summary>
    public static async Task ApplyAsync<TEntity, TRequest>(TEntity item, TRequest request,
        DraftServices<TEntity, TRequest> services, CancellationToken ct)
        where TEntity : ContentItem
        where TRequest : ContentRequest
    {
        await services.Editor.UpdateAsync(item, request, await services.Fields.CreateAsync(request, ct), services.Fields, services.Clock.GetUtcNow(), ct);
        if (request.Slug is not null && request.Slug != item.Slug)
        {
            item.SetSlug(await services.Slugs.ForContentAsync(ContentKind.Of<TEntity>().Type, request.Slug, item.Title, item.Id, ct));
        }
    }

    /// <summary>Loads the item tracked, with If-Match checked and pinned (ETags.PinVersion).</summary>
    public static async Task<TEntity> LoadForWriteAsync<TEntity>(CmsDbContext db, long id, string? ifMatch, CancellationToken ct, bool requireIfMatch = false)
        where TEntity : ContentItem
    {
        var kind = ContentKind.Of<TEntity>();
        var item = await db.Set<TEntity>().Include(x => x.Category).Include(x => x.Tags).Include(x => x.Credits).ThenInclude(c => c.Author).AsSingleQuery()
            .FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException(kind.Singular, id);
        ETags.PinVersion(db, item, x => x.Version, ifMatch, kind.Singular, id, requireIfMatch);
        return item;
    }

    /// <summary>The item as the newsroom sees it (audit fields included), its version as the ETag, never cached.</summary>
    public static async Task<Ok<TResponse>> RespondAsync<TEntity, TResponse>(
        TEntity item, CmsDbContext db, TypeAdapterConfig mapping, TimeProvider clock, HttpContext http)
        where TEntity : ContentItem
    {
        var views = await db.ContentViewTotals.Where(v => v.ContentId == item.Id).Select(v => v.Views).FirstOrDefaultAsync(http.RequestAborted);
        // Newest first, as the public read (ContentReader) orders them.
        var oldSlugs = await db.OldSlugs.Where(o => o.ContentId == item.Id).OrderByDescending(o => o.RetiredAt).ThenBy(o => o.Slug)
            .Select(o => o.Slug).ToListAsync(http.RequestAborted);
        http.Response.Headers.ETag = ETags.From(item.Version);
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(item.ToResponse<TEntity, TResponse>(mapping, clock.GetUtcNow(), views, oldSlugs, audit: true));
    }
}
