using System.Security.Claims;
using Cms.Api.Auth;
using Cms.Api.Common;
using Cms.Api.Revisions;
using Cms.Domain.Common;
using Cms.Domain.Content;
using Cms.Domain.Users;
using Cms.Infrastructure.Persistence;
using Mapster;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using static Cms.Api.Content.ContentWrites;

namespace Cms.Api.Content;

/// <summary>
/// What each of the newsroom's routes for one content type does (the routes and who may call
/// them: <see cref="ContentManagementEndpoints"/>). A handler's return type is its answer when
/// all goes well; a refusal is an exception from the domain or a lookup (NotFoundException,
/// ConflictException, StaleVersionException, …) that Errors/CmsExceptionHandler turns into
/// its ProblemDetails, and the route lists it with ProducesProblem.
/// </summary>
internal static class ManagedContentHandlers<TEntity, TRequest, TResponse>
    where TEntity : ContentItem
    where TRequest : ContentRequest
    where TResponse : ContentDetail
{
    public static async Task<Ok<PagedList<ManagedContentSummary>>> ListAsync([AsParameters] ManagedListQuery query,
        ManagedContentList list, ClaimsPrincipal user, CancellationToken ct) =>
        TypedResults.Ok(await list.ReadAsync<TEntity>(query, user.ToActor(), ct));

    public static async Task<Ok<TResponse>> GetAsync(long id, CmsDbContext db, TypeAdapterConfig mapping, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var item = await db.Set<TEntity>().AsNoTracking().Include(x => x.Category).Include(x => x.Tags).Include(x => x.Credits).ThenInclude(c => c.Author).AsSingleQuery()
            .FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException(ContentKind.Of<TEntity>().Singular, id);
        EditorialRights.EnsureMaySee(http.User.ToActor(), item);
        return await RespondAsync<TEntity, TResponse>(item, db, mapping, clock, http);
    }

    public static Task<Created<TResponse>> CreateAsync(TRequest request, [AsParameters] DraftServices<TEntity, TRequest> services, CancellationToken ct) =>
        CreateDraftAsync<TEntity, TRequest, TResponse>(request, services, ct);

    public static async Task<Ok<TResponse>> UpdateAsync(long id, TRequest request, [FromHeader(Name = "If-Match")] string? ifMatch,
        [AsParameters] DraftServices<TEntity, TRequest> services, CancellationToken ct)
    {
        var item = await LoadForWriteAsync<TEntity>(services.Db, id, ifMatch, ct, requireIfMatch: true);
        EditorialRights.EnsureMayEdit(services.Http.User.ToActor(), item);
        await ApplyAsync(item, request, services, ct);
        services.Revisions.Record(item, RevisionActions.Updated);
        await services.Db.SaveChangesAsync(ct);
        return await RespondAsync<TEntity, TResponse>(item, services.Db, services.Mapping, services.Clock, services.Http);
    }

    public static async Task<NoContent> DeleteAsync(long id, [FromHeader(Name = "If-Match")] string? ifMatch, CmsDbContext db, CancellationToken ct)
    {
        var item = await LoadForWriteAsync<TEntity>(db, id, ifMatch, ct, requireIfMatch: true);
        db.Remove(item);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    public static Task<Ok<TResponse>> SubmitAsync(long id, [FromHeader(Name = "If-Match")] string? ifMatch, [AsParameters] StateServices services, CancellationToken ct) =>
        ChangeStateAsync(id, ifMatch, services, RevisionActions.Submitted, (item, actor, now) =>
        {
            EditorialRights.EnsureMayEdit(actor, item); // authors: their own drafts
            item.SubmitForReview(now);
        }, ct);

    public static Task<Ok<TResponse>> PublishAsync(long id, [FromHeader(Name = "If-Match")] string? ifMatch, [AsParameters] StateServices services, CancellationToken ct) =>
        ChangeStateAsync(id, ifMatch, services, RevisionActions.Published, (item, _, now) => item.Publish(now), ct);

    public static Task<Ok<TResponse>> UnpublishAsync(long id, [FromHeader(Name = "If-Match")] string? ifMatch, [AsParameters] StateServices services, CancellationToken ct) =>
        ChangeStateAsync(id, ifMatch, services, RevisionActions.Unpublished, (item, _, now) => item.Unpublish(now), ct);

    public static Task<Ok<TResponse>> ArchiveAsync(long id, [FromHeader(Name = "If-Match")] string? ifMatch, [AsParameters] StateServices services, CancellationToken ct) =>
        ChangeStateAsync(id, ifMatch, services, RevisionActions.Archived, (item, _, now) => item.Archive(now), ct);

    public static Task<Ok<TResponse>> ScheduleAsync(long id, ScheduleRequest request, [FromHeader(Name = "If-Match")] string? ifMatch,
        [AsParameters] StateServices services, CancellationToken ct) =>
        ChangeStateAsync(id, ifMatch, services, RevisionActions.Scheduled, (item, _, now) => item.Schedule(request.PublishAt!.Value, now), ct);

    public static Task<Ok<TResponse>> ReturnAsync(long id, ReturnRequest request, [FromHeader(Name = "If-Match")] string? ifMatch,
        [AsParameters] StateServices services, CancellationToken ct) =>
        ChangeStateAsync(id, ifMatch, services, RevisionActions.Returned,
            (item, _, now) => services.Db.ContentNotes.Add(item.ReturnToAuthor(request.Reason!, now)), ct, requireIfMatch: true);

    /// <summary>One step of the workflow (ContentItem's methods say which moves are allowed), recorded as a revision.</summary>
    private static async Task<Ok<TResponse>> ChangeStateAsync(long id, string? ifMatch, StateServices services, string revisionAction,
        Action<TEntity, Actor, DateTimeOffset> change, CancellationToken ct, bool requireIfMatch = false)
    {
        var item = await LoadForWriteAsync<TEntity>(services.Db, id, ifMatch, ct, requireIfMatch);
        change(item, services.Http.User.ToActor(), services.Clock.GetUtcNow());
        services.Revisions.Record(item, revisionAction);
        await services.Db.SaveChangesAsync(ct);
        return await RespondAsync<TEntity, TResponse>(item, services.Db, services.Mapping, services.Clock, services.Http);
    }
}
