using Cms.Api.Auth;
using Cms.Api.Common;
using Cms.Api.Content;
using Cms.Api.Validation;
using Cms.Domain.Common;
using Cms.Domain.Content;
using Cms.Domain.Users;
using Cms.Infrastructure.Persistence;
using Cms.Infrastructure.Revisions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using static Cms.Api.Content.ContentWrites;

namespace Cms.Api.Revisions;

/// <summary>
/// An item's history (every save keeps a revision; list, view, restore) and its working copy:
/// the next version an editor writes while the current one stays live, published over it in
/// one step. Mapped into each content type's management group.
/// </summary>
internal static class RevisionEndpoints
{
    public static void MapRevisions<TEntity, TRequest, TResponse>(this RouteGroupBuilder group, ContentKind kind)
        where TEntity : ContentItem
        where TRequest : ContentRequest
        where TResponse : ContentDetail
    {
        var one = kind.Singular.ToLowerInvariant();

        group.MapGet("/{id:long}/revisions", async (long id, [AsParameters] PageQuery paging, CmsDbContext db, HttpContext http, CancellationToken ct) =>
            {
                await EnsureMaySeeAsync<TEntity>(db, kind, id, http, ct);
                var rows = db.ContentRevisions.AsNoTracking().Where(r => r.ContentId == id).OrderByDescending(r => r.Id).Select(RevisionSummary.FromRow);
                return TypedResults.Ok(await PagedList<RevisionSummary>.CreateAsync(rows, paging, ct));
            })
            .Validate<PageQuery>()
            .WithName($"List{kind.Singular}Revisions")
            .WithSummary($"The history of {one}: every save, newest first, with who, when and what was done")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id:long}/revisions/{revisionId:long}", async (long id, long revisionId, CmsDbContext db, RevisionLog revisions,
                HttpContext http, CancellationToken ct) =>
            {
                await EnsureMaySeeAsync<TEntity>(db, kind, id, http, ct);
                var revision = await FindAsync(db, id, revisionId, ct);
                return TypedResults.Ok(new RevisionResponse<TRequest>(RevisionSummary.FromRow.Compile()(revision), revisions.Read<TRequest>(revision.Snapshot)));
            })
            .WithName($"Get{kind.Singular}Revision")
            .WithSummary($"One revision of {one}: its content as the request body that would write it")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{id:long}/revisions/{revisionId:long}/restore", async (long id, long revisionId, [FromHeader(Name = "If-Match")] string? ifMatch,
                FluentValidation.IValidator<TRequest> validator, [AsParameters] DraftServices<TEntity, TRequest> services, CancellationToken ct) =>
            {
                var item = await LoadForWriteAsync<TEntity>(services.Db, id, ifMatch, ct, requireIfMatch: true);
                EditorialRights.EnsureMayEdit(services.Http.User.ToActor(), item);
                var revision = await FindAsync(services.Db, id, revisionId, ct);
                await ApplySnapshotAsync(kind, item, revision.Snapshot, validator, services, ct);
                services.Revisions.Record(item, RevisionActions.Restored, revision.Id);
                await services.Db.SaveChangesAsync(ct);
                return await RespondAsync<TEntity, TResponse>(item, services.Db, services.Mapping, services.Clock, services.Http);
            })
            .WithName($"Restore{kind.Singular}Revision")
            .WithSummary($"Write a revision's content over {one} (its status stays; a live item changes at once), as a PUT would; recorded as a new revision")
            .WithDescription("Requires If-Match with the item's ETag (428 without it, 412 when stale). Authors may restore only their own drafts and items in review.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        MapWorkingCopy<TEntity, TRequest, TResponse>(group, kind);
    }

    private static void MapWorkingCopy<TEntity, TRequest, TResponse>(RouteGroupBuilder group, ContentKind kind)
        where TEntity : ContentItem
        where TRequest : ContentRequest
        where TResponse : ContentDetail
    {
        var one = kind.Singular.ToLowerInvariant();

        group.MapGet("/{id:long}/draft", async (long id, CmsDbContext db, RevisionLog revisions, HttpContext http, CancellationToken ct) =>
            {
                var item = await EnsureMaySeeAsync<TEntity>(db, kind, id, http, ct);
                var copy = await db.ContentWorkingCopies.AsNoTracking().FirstOrDefaultAsync(c => c.ContentId == id, ct)
                    ?? throw new NotFoundException($"Working copy of {one}", id);
                return RespondCopy<TRequest>(copy, item.Version, revisions, http);
            })
            .WithName($"Get{kind.Singular}WorkingCopy")
            .WithSummary($"The working copy of {one}: its next version, not yet public; the ETag is the copy's version")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPut("/{id:long}/draft", async (long id, TRequest request, [FromHeader(Name = "If-Match")] string? ifMatch,
                CmsDbContext db, RevisionLog revisions, HttpContext http, CancellationToken ct) =>
            {
                var item = await EnsureMaySeeAsync<TEntity>(db, kind, id, http, ct, tracked: true);
                var copy = await db.ContentWorkingCopies.FirstOrDefaultAsync(c => c.ContentId == id, ct);
                if (copy is null)
                {
                    copy = new ContentWorkingCopy { ContentId = id, BasedOnVersion = item.Version };
                    db.ContentWorkingCopies.Add(copy);
                }
                else
                {
                    ETags.PinVersion(db, copy, c => c.Version, ifMatch, $"Working copy of {one}", id);
                }

                copy.Snapshot = revisions.Serialize(request);
                revisions.RecordWorkingCopy(item, request);
                await db.SaveChangesAsync(ct);
                return RespondCopy<TRequest>(copy, item.Version, revisions, http);
            })
            .Validate<TRequest>()
            .WithName($"Save{kind.Singular}WorkingCopy")
            .WithSummary($"Start or save the working copy of {one}: the item itself, live or not, stays as it is")
            .WithDescription("Replacing an existing copy requires If-Match with the copy's ETag (428 without it, 412 when someone saved it in between). Authors may keep copies of their own items.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        group.MapDelete("/{id:long}/draft", async (long id, [FromHeader(Name = "If-Match")] string? ifMatch, CmsDbContext db, HttpContext http, CancellationToken ct) =>
            {
                await EnsureMaySeeAsync<TEntity>(db, kind, id, http, ct);
                var copy = await db.ContentWorkingCopies.FirstOrDefaultAsync(c => c.ContentId == id, ct)
                    ?? throw new NotFoundException($"Working copy of {one}", id);
                ETags.PinVersion(db, copy, c => c.Version, ifMatch, $"Working copy of {one}", id, required: false);
                db.ContentWorkingCopies.Remove(copy);
                await db.SaveChangesAsync(ct);
                return TypedResults.NoContent();
            })
            .WithName($"Discard{kind.Singular}WorkingCopy")
            .WithSummary($"Throw the working copy of {one} away (its saves stay in the history)")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);

        group.MapPost("/{id:long}/draft/publish", async (long id, [FromHeader(Name = "If-Match")] string? ifMatch, [FromQuery] bool? overwrite,
                FluentValidation.IValidator<TRequest> validator, [AsParameters] DraftServices<TEntity, TRequest> services, CancellationToken ct) =>
            {
                var db = services.Db;
                var item = await LoadForWriteAsync<TEntity>(db, id, null, ct);
                var copy = await db.ContentWorkingCopies.FirstOrDefaultAsync(c => c.ContentId == id, ct)
                    ?? throw new NotFoundException($"Working copy of {one}", id);
                ETags.PinVersion(db, copy, c => c.Version, ifMatch, $"Working copy of {one}", id, required: false);
                if (copy.BasedOnVersion != item.Version && overwrite != true)
                {
                    throw new ConflictException($"The {one} was saved after this working copy was started; publishing it would undo that save. " +
                        "Compare with the history, then publish with ?overwrite=true, or discard the copy and start again.");
                }

                await ApplySnapshotAsync(kind, item, copy.Snapshot, validator, services, ct);
                item.Publish(services.Clock.GetUtcNow());
                db.ContentWorkingCopies.Remove(copy);
                services.Revisions.Record(item, RevisionActions.DraftPublished);
                await db.SaveChangesAsync(ct);
                return await RespondAsync<TEntity, TResponse>(item, db, services.Mapping, services.Clock, services.Http);
            })
            .WithName($"Publish{kind.Singular}WorkingCopy")
            .RequireAuthorization(Policies.Editor)
            .WithSummary($"Publish the working copy of {one}: it replaces the item's content, the item is (or stays) published, the copy is gone")
            .WithDescription("409 when the item was saved after the copy was started (?overwrite=true publishes anyway); If-Match, when sent, is the copy's ETag.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
    }

    /// <summary>Replays a stored request body through the same rules and path as a PUT.</summary>
    private static async Task ApplySnapshotAsync<TEntity, TRequest>(ContentKind kind, TEntity item, string snapshot, FluentValidation.IValidator<TRequest> validator,
        DraftServices<TEntity, TRequest> services, CancellationToken ct)
        where TEntity : ContentItem
        where TRequest : ContentRequest
    {
        var request = services.Revisions.Read<TRequest>(snapshot);
        await FluentValidation.DefaultValidatorExtensions.ValidateAndThrowAsync(validator, request, ct); // rules may have tightened since it was saved
        await ApplyAsync(item, request, services, ct);
    }

    private static async Task<TEntity> EnsureMaySeeAsync<TEntity>(CmsDbContext db, ContentKind kind, long id, HttpContext http, CancellationToken ct, bool tracked = false)
        where TEntity : ContentItem
    {
        var items = tracked ? db.Set<TEntity>() : db.Set<TEntity>().AsNoTracking();
        var item = await items.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException(kind.Singular, id);
        return EditorialRights.MaySee(http.User.ToActor(), item) ? item : throw new ForbiddenException("Authors may only open items they created.");
    }

    private static async Task<ContentRevision> FindAsync(CmsDbContext db, long id, long revisionId, CancellationToken ct) =>
        await db.ContentRevisions.AsNoTracking().FirstOrDefaultAsync(r => r.Id == revisionId && r.ContentId == id, ct)
            ?? throw new NotFoundException("Revision", revisionId);

    private static Ok<WorkingCopyResponse<TRequest>> RespondCopy<TRequest>(ContentWorkingCopy copy, uint itemVersion, RevisionLog revisions, HttpContext http)
        where TRequest : ContentRequest
    {
        http.Response.Headers.ETag = ETags.From(copy.Version);
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(new WorkingCopyResponse<TRequest>(copy.ContentId, revisions.Read<TRequest>(copy.Snapshot), copy.BasedOnVersion != itemVersion,
            copy.CreatedAt!.Value, copy.CreatedBy, copy.UpdatedAt!.Value, copy.UpdatedBy));
    }
}
