using Cms.Api.Auth;
using Cms.Api.Common;
using Cms.Api.Content;
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
/// What each history and working-copy route of one content type does (the routes and who may
/// call them: <see cref="RevisionEndpoints"/>). Refusals are exceptions, as in
/// ManagedContentHandlers.
/// </summary>
internal static class RevisionHandlers<TEntity, TRequest, TResponse>
    where TEntity : ContentItem
    where TRequest : ContentRequest
    where TResponse : ContentDetail
{
    private static string One => ContentKind.Of<TEntity>().Noun;

    public static async Task<Ok<PagedList<RevisionSummary>>> ListAsync(long id, [AsParameters] PageQuery paging, CmsDbContext db, HttpContext http, CancellationToken ct)
    {
        await EnsureMaySeeAsync(db, id, http, ct);
        var rows = db.ContentRevisions.AsNoTracking().Where(r => r.ContentId == id).OrderByDescending(r => r.Id).Select(RevisionSummary.FromRow);
        return TypedResults.Ok(await PagedList<RevisionSummary>.CreateAsync(rows, paging, ct));
    }

    public static async Task<Ok<RevisionResponse<TRequest>>> GetAsync(long id, long revisionId, CmsDbContext db, RevisionLog revisions,
        HttpContext http, CancellationToken ct)
    {
        await EnsureMaySeeAsync(db, id, http, ct);
        var revision = await FindAsync(db, id, revisionId, ct);
        return TypedResults.Ok(new RevisionResponse<TRequest>(RevisionSummary.FromRow.Compile()(revision), revisions.Read<TRequest>(revision.Snapshot)));
    }

    public static async Task<Ok<TResponse>> RestoreAsync(long id, long revisionId, [FromHeader(Name = "If-Match")] string? ifMatch,
        FluentValidation.IValidator<TRequest> validator, [AsParameters] DraftServices<TEntity, TRequest> services, CancellationToken ct)
    {
        var item = await LoadForWriteAsync<TEntity>(services.Db, id, ifMatch, ct, requireIfMatch: true);
        EditorialRights.EnsureMayEdit(services.Http.User.ToActor(), item);
        var revision = await FindAsync(services.Db, id, revisionId, ct);
        await ApplySnapshotAsync(item, revision.Snapshot, validator, services, ct);
        services.Revisions.Record(item, RevisionActions.Restored, revision.Id);
        await services.Db.SaveChangesAsync(ct);
        return await RespondAsync<TEntity, TResponse>(item, services.Db, services.Mapping, services.Clock, services.Http);
    }

    public static async Task<Ok<WorkingCopyResponse<TRequest>>> GetCopyAsync(long id, CmsDbContext db, RevisionLog revisions, HttpContext http, CancellationToken ct)
    {
        var item = await EnsureMaySeeAsync(db, id, http, ct);
        var copy = await db.ContentWorkingCopies.AsNoTracking().FirstOrDefaultAsync(c => c.ContentId == id, ct)
            ?? throw new NotFoundException($"Working copy of {One}", id);
        return RespondCopy(copy, item.Version, revisions, http);
    }

    public static async Task<Ok<WorkingCopyResponse<TRequest>>> SaveCopyAsync(long id, TRequest request, string? ifMatch,
        CmsDbContext db, RevisionLog revisions, HttpContext http, CancellationToken ct)
    {
        var item = await EnsureMaySeeAsync(db, id, http, ct, tracked: true);
        var copy = await db.ContentWorkingCopies.FirstOrDefaultAsync(c => c.ContentId == id, ct);
        if (copy is null)
        {
            copy = new ContentWorkingCopy { ContentId = id, BasedOnVersion = item.Version };
            db.ContentWorkingCopies.Add(copy);
        }
        else
        {
            ETags.PinVersion(db, copy, c => c.Version, ifMatch, $"Working copy of {One}", id);
        }

        copy.Snapshot = revisions.Serialize(request);
        revisions.RecordWorkingCopy(item, request);
        await db.SaveChangesAsync(ct);
        return RespondCopy(copy, item.Version, revisions, http);
    }

    public static async Task<NoContent> DiscardCopyAsync(long id, [FromHeader(Name = "If-Match")] string? ifMatch, CmsDbContext db, HttpContext http, CancellationToken ct)
    {
        await EnsureMaySeeAsync(db, id, http, ct);
        var copy = await db.ContentWorkingCopies.FirstOrDefaultAsync(c => c.ContentId == id, ct)
            ?? throw new NotFoundException($"Working copy of {One}", id);
        ETags.PinVersion(db, copy, c => c.Version, ifMatch, $"Working copy of {One}", id, required: false);
        db.ContentWorkingCopies.Remove(copy);
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    public static async Task<Ok<TResponse>> PublishCopyAsync(long id, [FromHeader(Name = "If-Match")] string? ifMatch, [FromQuery] bool? overwrite,
        FluentValidation.IValidator<TRequest> validator, [AsParameters] DraftServices<TEntity, TRequest> services, CancellationToken ct)
    {
        var db = services.Db;
        var item = await LoadForWriteAsync<TEntity>(db, id, null, ct);
        var copy = await db.ContentWorkingCopies.FirstOrDefaultAsync(c => c.ContentId == id, ct)
            ?? throw new NotFoundException($"Working copy of {One}", id);
        ETags.PinVersion(db, copy, c => c.Version, ifMatch, $"Working copy of {One}", id, required: false);
        if (copy.BasedOnVersion != item.Version && overwrite != true)
        {
            throw new ConflictException($"The {One} was saved after this working copy was started; publishing it would undo that save. " +
                "Compare with the history, then publish with ?overwrite=true, or discard the copy and start again.");
        }

        await ApplySnapshotAsync(item, copy.Snapshot, validator, services, ct);
        item.Publish(services.Clock.GetUtcNow());
        db.ContentWorkingCopies.Remove(copy);
        services.Revisions.Record(item, RevisionActions.DraftPublished);
        await db.SaveChangesAsync(ct);
        return await RespondAsync<TEntity, TResponse>(item, db, services.Mapping, services.Clock, services.Http);
    }

    /// <summary>Replays a stored request body through the same rules and path as a PUT.</summary>
    private static async Task ApplySnapshotAsync(TEntity item, string snapshot, FluentValidation.IValidator<TRequest> validator,
        DraftServices<TEntity, TRequest> services, CancellationToken ct)
    {
        var request = services.Revisions.Read<TRequest>(snapshot);
        await FluentValidation.DefaultValidatorExtensions.ValidateAndThrowAsync(validator, request, ct); // rules may have tightened since it was saved
        await ApplyAsync(item, request, services, ct);
    }

    private static Task<TEntity> EnsureMaySeeAsync(CmsDbContext db, long id, HttpContext http, CancellationToken ct, bool tracked = false) =>
        VisibleItem.FindAsync<TEntity>(db, id, http.User, ct, tracked);

    private static async Task<ContentRevision> FindAsync(CmsDbContext db, long id, long revisionId, CancellationToken ct) =>
        await db.ContentRevisions.AsNoTracking().FirstOrDefaultAsync(r => r.Id == revisionId && r.ContentId == id, ct)
            ?? throw new NotFoundException("Revision", revisionId);

    private static Ok<WorkingCopyResponse<TRequest>> RespondCopy(ContentWorkingCopy copy, uint itemVersion, RevisionLog revisions, HttpContext http)
    {
        http.Response.Headers.ETag = ETags.From(copy.Version);
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(new WorkingCopyResponse<TRequest>(copy.ContentId, revisions.Read<TRequest>(copy.Snapshot), copy.BasedOnVersion != itemVersion,
            copy.CreatedAt!.Value, copy.CreatedBy, copy.UpdatedAt!.Value, copy.UpdatedBy));
    }
}
