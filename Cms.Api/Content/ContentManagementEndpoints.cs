using System.Security.Claims;
using Cms.Api.Auth;
using Cms.Api.Categories;
using Cms.Api.Common;
using Cms.Api.Mapping;
using Cms.Api.Revisions;
using Cms.Api.Validation;
using Cms.Domain.Common;
using Cms.Domain.Content;
using Cms.Domain.Users;
using Cms.Infrastructure.Persistence;
using Cms.Infrastructure.Search;
using Cms.Infrastructure.Slugs;
using Mapster;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Cms.Api.Content;

/// <summary>
/// The newsroom's endpoints for one content type: CRUD plus the publication workflow.
/// Drafts are visible here. Every write may carry If-Match (the ETag from a GET; required
/// to replace or delete); a stale one is refused with 412 and nothing is written. Authors
/// create, edit and submit their own drafts; editors do everything else (see Policies and
/// EditorialRights).
/// </summary>
internal static class ContentManagementEndpoints
{
    public static void MapContentManagement<TEntity, TRequest, TResponse>(this IEndpointRouteBuilder manage, ContentKind kind)
        where TEntity : ContentItem
        where TRequest : ContentRequest
        where TResponse : ContentDetail
    {
        var group = manage.MapGroup(kind.Route).WithTags($"Manage {kind.Plural.ToLowerInvariant()}");
        var one = kind.Singular.ToLowerInvariant();
        var anOne = ("aeiou".Contains(one[0], StringComparison.Ordinal) ? "an " : "a ") + one;

        group.MapGet("/", async ([AsParameters] ContentListQuery query, [FromQuery] string? status,
                CmsDbContext db, TypeAdapterConfig mapping, CategoryTree tree, TimeProvider clock, ClaimsPrincipal user, CancellationToken ct) =>
            {
                if ((query.After ?? query.Fields) is not null)
                {
                    throw new FluentValidation.ValidationException([new FluentValidation.Results.ValidationFailure(
                        query.After is not null ? "after" : "fields",
                        "The management list pages by number and filters by status, category, tag and search words.")]);
                }

                var categories = await tree.SelfAndDescendantsAsync(query.Category, ct);
                var tag = query.TagSlug is null ? null : await new TagPlanner(db).FromLinksAsync(query.TagSlug, ct);
                var items = db.Set<TEntity>().InCategories(categories).WithTag(query.TagSlug, tag);
                var actor = user.ToActor();
                if (!actor.IsEditor)
                {
                    items = items.Where(x => x.CreatedBy == actor.UserName); // authors see their own work
                }

                if (EnumQuery.Parse<ContentStatus>(status, "status") is { } wanted)
                {
                    items = items.Where(x => x.Status == wanted);
                }

                if (query.Search is { } search)
                {
                    items = items.Matching(search); // drafts too: the newsroom finds its own work
                }

                var ordered = items.OrderByDescending(x => x.UpdatedAt).ThenByDescending(x => x.Id).Select(x => x.Id);
                var idPage = await PagedList<long>.CreateAsync(ordered, query.Paging, ct);
                var page = ContentCards.Page(idPage, await ContentCards.AnyStatusAsync(db, idPage.Items, mapping, clock.GetUtcNow(), ct));
                var ids = page.Items.Select(x => x.Id).ToList();
                var audit = await db.Set<TEntity>().Where(x => ids.Contains(x.Id))
                    .Select(x => new { x.Id, x.CreatedBy, x.UpdatedAt, x.UpdatedBy }).ToDictionaryAsync(x => x.Id, ct);
                var copies = (await db.ContentWorkingCopies.Where(c => ids.Contains(c.ContentId)).Select(c => c.ContentId).ToListAsync(ct)).ToHashSet();
                return TypedResults.Ok(new PagedList<ManagedContentSummary>(
                    page.Items.Select(x => new ManagedContentSummary(x, audit[x.Id].CreatedBy, audit[x.Id].UpdatedAt, audit[x.Id].UpdatedBy, copies.Contains(x.Id))).ToList(),
                    page.Page, page.PageSize, page.TotalItems, page.TotalPages));
            })
            .Validate<ContentListQuery>()
            .WithName($"Manage{kind.Plural}")
            .WithSummary($"All {kind.Plural.ToLowerInvariant()}, drafts included, most recently changed first")
            .WithDescription("Filter with ?status=draft|inReview|scheduled|published|unpublished|archived, ?category=slug, ?tag=slug, ?q=words (title, summary and text, tone marks ignored, drafts included). Each row says who created it and who changed it last, and when. Authors see only the items they created.");

        group.MapGet("/{id:long}", async (long id, CmsDbContext db, TypeAdapterConfig mapping, TimeProvider clock, HttpContext http, CancellationToken ct) =>
            {
                var item = await db.Set<TEntity>().AsNoTracking().Include(x => x.Category).Include(x => x.Tags)
                    .FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException(kind.Singular, id);
                if (!EditorialRights.MaySee(http.User.ToActor(), item))
                {
                    throw new ForbiddenException("Authors may only open items they created.");
                }

                return await Respond<TEntity, TResponse>(item, db, mapping, clock, http);
            })
            .WithName($"ManageGet{kind.Singular}")
            .WithSummary($"One {one}, whatever its status; the ETag is its version")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/", (TRequest request, [AsParameters] DraftServices<TEntity, TRequest> services, CancellationToken ct) =>
                CreateDraftAsync<TEntity, TRequest, TResponse>(kind, request, services, ct))
            .Validate<TRequest>()
            .WithName($"Create{kind.Singular}")
            .WithSummary($"Create {anOne} as a draft")
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPut("/{id:long}", async (long id, TRequest request, [FromHeader(Name = "If-Match")] string? ifMatch,
                [AsParameters] DraftServices<TEntity, TRequest> services, CancellationToken ct) =>
            {
                var item = await LoadForWriteAsync<TEntity>(services.Db, kind, id, ifMatch, ct, requireIfMatch: true);
                EditorialRights.EnsureMayEdit(services.Http.User.ToActor(), item);
                await ApplyAsync(kind, item, request, services, ct);
                services.Revisions.Record(item, RevisionActions.Updated);
                await services.Db.SaveChangesAsync(ct);
                return await Respond<TEntity, TResponse>(item, services.Db, services.Mapping, services.Clock, services.Http);
            })
            .Validate<TRequest>()
            .WithName($"Update{kind.Singular}")
            .WithDescription("Requires If-Match: the ETag from a GET (428 without it, 412 if someone saved in between); If-Match: * overwrites. Authors may replace only their own drafts and items in review.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary($"Replace {anOne}'s content (its slug stays unless a new one is given)")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        group.MapDelete("/{id:long}", async (long id, [FromHeader(Name = "If-Match")] string? ifMatch, CmsDbContext db, CancellationToken ct) =>
            {
                var item = await LoadForWriteAsync<TEntity>(db, kind, id, ifMatch, ct, requireIfMatch: true);
                db.Remove(item);
                await db.SaveChangesAsync(ct);
                return TypedResults.NoContent();
            })
            .WithName($"Delete{kind.Singular}")
            .RequireAuthorization(Policies.Editor)
            .WithSummary($"Delete {anOne} for good")
            .WithDescription("Requires If-Match (428 without it, 412 when stale).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        MapTransition<TEntity, TResponse>(group, kind, "submit", $"Submit{kind.Singular}", $"Hand {anOne} in for review (authors: their own drafts)",
            Policies.Staff, RevisionActions.Submitted, (item, actor, now) =>
            {
                EditorialRights.EnsureMayEdit(actor, item);
                item.SubmitForReview(now);
            });
        MapTransition<TEntity, TResponse>(group, kind, "publish", $"Publish{kind.Singular}", $"Publish {anOne} now",
            Policies.Editor, RevisionActions.Published, (item, _, now) => item.Publish(now));
        MapTransition<TEntity, TResponse>(group, kind, "unpublish", $"Unpublish{kind.Singular}", $"Take {anOne} off the public site",
            Policies.Editor, RevisionActions.Unpublished, (item, _, now) => item.Unpublish(now));
        MapTransition<TEntity, TResponse>(group, kind, "archive", $"Archive{kind.Singular}", $"Archive {anOne}: kept, but no longer public",
            Policies.Editor, RevisionActions.Archived, (item, _, now) => item.Archive(now));

        group.MapPost("/{id:long}/schedule", async (long id, ScheduleRequest request, [FromHeader(Name = "If-Match")] string? ifMatch,
                CmsDbContext db, RevisionLog revisions, TypeAdapterConfig mapping, TimeProvider clock, HttpContext http, CancellationToken ct) =>
            {
                var item = await LoadForWriteAsync<TEntity>(db, kind, id, ifMatch, ct);
                item.Schedule(request.PublishAt!.Value, clock.GetUtcNow());
                revisions.Record(item, RevisionActions.Scheduled);
                await db.SaveChangesAsync(ct);
                return await Respond<TEntity, TResponse>(item, db, mapping, clock, http);
            })
            .Validate<ScheduleRequest>()
            .WithName($"Schedule{kind.Singular}")
            .RequireAuthorization(Policies.Editor)
            .WithSummary($"Schedule {anOne} to go public at publishAt, with nobody acting then")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);

        group.MapRevisions<TEntity, TRequest, TResponse>(kind);
    }

    private static void MapTransition<TEntity, TResponse>(RouteGroupBuilder group, ContentKind kind, string action, string name, string summary,
        string policy, string revisionAction, Action<TEntity, Actor, DateTimeOffset> transition)
        where TEntity : ContentItem
        where TResponse : ContentDetail =>
        group.MapPost($"/{{id:long}}/{action}", async (long id, [FromHeader(Name = "If-Match")] string? ifMatch,
                CmsDbContext db, RevisionLog revisions, TypeAdapterConfig mapping, TimeProvider clock, HttpContext http, CancellationToken ct) =>
            {
                var item = await LoadForWriteAsync<TEntity>(db, kind, id, ifMatch, ct);
                transition(item, http.User.ToActor(), clock.GetUtcNow());
                revisions.Record(item, revisionAction);
                await db.SaveChangesAsync(ct);
                return await Respond<TEntity, TResponse>(item, db, mapping, clock, http);
            })
            .WithName(name)
            .RequireAuthorization(policy)
            .WithSummary(summary)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);

    /// <summary>What writing an item's content needs, bound from DI in one parameter ([AsParameters]); the transcript import and revisions use it too.</summary>
    internal sealed record DraftServices<TEntity, TRequest>(CmsDbContext Db, ContentFieldsFactory Fields, SlugAllocator Slugs,
        IContentEditor<TEntity, TRequest> Editor, RevisionLog Revisions, TypeAdapterConfig Mapping, TimeProvider Clock, HttpContext Http)
        where TEntity : ContentItem
        where TRequest : ContentRequest;

    /// <summary>Creates a draft from a validated request: 201 with the item and its Location.</summary>
    internal static async Task<Created<TResponse>> CreateDraftAsync<TEntity, TRequest, TResponse>(ContentKind kind, TRequest request,
        DraftServices<TEntity, TRequest> services, CancellationToken ct)
        where TEntity : ContentItem
        where TRequest : ContentRequest
        where TResponse : ContentDetail
    {
        var item = services.Editor.Create(request, await services.Fields.CreateAsync(request, ct), services.Clock.GetUtcNow());
        item.SetSlug(await services.Slugs.ForContentAsync(kind.Type, request.Slug, item.Title, null, ct));
        services.Db.Add(item);
        services.Revisions.Record(item, RevisionActions.Created);
        await services.Db.SaveChangesAsync(ct);
        var response = await Respond<TEntity, TResponse>(item, services.Db, services.Mapping, services.Clock, services.Http);
        return TypedResults.Created($"/api/v1/manage/{kind.Route}/{item.Id}", response.Value);
    }

    /// <summary>Writes a validated request over an item's content (PUT, a restored revision, a published working copy).</summary>
    internal static async Task ApplyAsync<TEntity, TRequest>(ContentKind kind, TEntity item, TRequest request,
        DraftServices<TEntity, TRequest> services, CancellationToken ct)
        where TEntity : ContentItem
        where TRequest : ContentRequest
    {
        services.Editor.Update(item, request, await services.Fields.CreateAsync(request, ct), services.Clock.GetUtcNow());
        if (request.Slug is not null && request.Slug != item.Slug)
        {
            item.SetSlug(await services.Slugs.ForContentAsync(kind.Type, request.Slug, item.Title, item.Id, ct));
        }
    }

    /// <summary>Loads the item tracked, with If-Match checked and pinned (ETags.PinVersion).</summary>
    internal static async Task<TEntity> LoadForWriteAsync<TEntity>(
        CmsDbContext db, ContentKind kind, long id, string? ifMatch, CancellationToken ct, bool requireIfMatch = false)
        where TEntity : ContentItem
    {
        var item = await db.Set<TEntity>().Include(x => x.Category).Include(x => x.Tags)
            .FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException(kind.Singular, id);
        ETags.PinVersion(db, item, x => x.Version, ifMatch, kind.Singular, id, requireIfMatch);
        return item;
    }

    internal static async Task<Ok<TResponse>> Respond<TEntity, TResponse>(
        TEntity item, CmsDbContext db, TypeAdapterConfig mapping, TimeProvider clock, HttpContext http)
        where TEntity : ContentItem
    {
        var views = await db.ContentViewTotals.Where(v => v.ContentId == item.Id).Select(v => v.Views).FirstOrDefaultAsync(http.RequestAborted);
        http.Response.Headers.ETag = ETags.From(item.Version);
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(item.ToResponse<TEntity, TResponse>(mapping, clock.GetUtcNow(), views, audit: true));
    }
}
