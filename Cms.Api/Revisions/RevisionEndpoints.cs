using Cms.Api.Auth;
using Cms.Api.Common;
using Cms.Api.Content;
using Cms.Api.Validation;
using Cms.Domain.Content;
using Cms.Infrastructure.Persistence;
using Microsoft.AspNetCore.Mvc;

namespace Cms.Api.Revisions;

/// <summary>
/// An item's history (every save keeps a revision; list, view, restore) and its working copy:
/// the next version an editor writes while the current one stays live, published over it in
/// one step. Mapped into each content type's management group, so any staff account may call a
/// route (authors on their own items, Domain/Users/EditorialRights); publishing a copy is
/// editors'. What each route does: <see cref="RevisionHandlers{TEntity, TRequest, TResponse}"/>.
/// </summary>
internal static class RevisionEndpoints
{
    public static void MapRevisions<TEntity, TRequest, TResponse>(this RouteGroupBuilder group)
        where TEntity : ContentItem
        where TRequest : ContentRequest
        where TResponse : ContentDetail
    {
        var kind = ContentKind.Of<TEntity>();
        var one = kind.Noun;

        group.MapGet("/{id:long}/revisions", RevisionHandlers<TEntity, TRequest, TResponse>.ListAsync)
            .Validate<PageQuery>()
            .WithName($"List{kind.Singular}Revisions")
            .WithSummary($"The history of {one}: every save, newest first, with who, when and what was done")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id:long}/revisions/{revisionId:long}", RevisionHandlers<TEntity, TRequest, TResponse>.GetAsync)
            .WithName($"Get{kind.Singular}Revision")
            .WithSummary($"One revision of {one}: its content as the request body that would write it")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{id:long}/revisions/{revisionId:long}/restore", RevisionHandlers<TEntity, TRequest, TResponse>.RestoreAsync)
            .WithName($"Restore{kind.Singular}Revision")
            .WithSummary($"Write a revision's content over {one} (its status stays; a live item changes at once), as a PUT would; recorded as a new revision")
            .WithDescription("Requires If-Match with the item's ETag (428 without it, 412 when stale). Authors may restore only their own drafts and items in review.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        group.MapGet("/{id:long}/draft", RevisionHandlers<TEntity, TRequest, TResponse>.GetCopyAsync)
            .WithName($"Get{kind.Singular}WorkingCopy")
            .AnswersWithVersionETag()
            .WithSummary($"The working copy of {one}: its next version, not yet public; the ETag is the copy's version")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        // A lambda, as for the content's own create and replace (ContentManagementEndpoints): a
        // method group would hide from minimal APIs that the generic body is required.
        group.MapPut("/{id:long}/draft", (long id, TRequest request, [FromHeader(Name = "If-Match")] string? ifMatch,
                CmsDbContext db, RevisionLog revisions, HttpContext http, CancellationToken ct) =>
                RevisionHandlers<TEntity, TRequest, TResponse>.SaveCopyAsync(id, request, ifMatch, db, revisions, http, ct))
            .Validate<TRequest>()
            .WithName($"Save{kind.Singular}WorkingCopy")
            .AnswersWithVersionETag()
            .WithSummary($"Start or save the working copy of {one}: the item itself, live or not, stays as it is")
            .WithDescription("Replacing an existing copy requires If-Match with the copy's ETag (428 without it, 412 when someone saved it in between). Authors may keep copies of their own items.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        group.MapDelete("/{id:long}/draft", RevisionHandlers<TEntity, TRequest, TResponse>.DiscardCopyAsync)
            .WithName($"Discard{kind.Singular}WorkingCopy")
            .WithSummary($"Throw the working copy of {one} away (its saves stay in the history)")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);

        group.MapPost("/{id:long}/draft/publish", RevisionHandlers<TEntity, TRequest, TResponse>.PublishCopyAsync).RequireAuthorization(Policies.Editor)
            .WithName($"Publish{kind.Singular}WorkingCopy")
            .WithSummary($"Publish the working copy of {one}: it replaces the item's content, the item is (or stays) published, the copy is gone")
            .WithDescription("409 when the item was saved after the copy was started (?overwrite=true publishes anyway); If-Match, when sent, is the copy's ETag.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
    }
}
