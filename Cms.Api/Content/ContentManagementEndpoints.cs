using Cms.Api.Auth;
using Cms.Api.EditLocks;
using Cms.Api.Previews;
using Cms.Api.Notes;
using Cms.Api.Related;
using Cms.Api.Revisions;
using Cms.Api.Royalties;
using Cms.Api.Validation;
using Cms.Domain.Content;
using Microsoft.AspNetCore.Mvc;
using static Cms.Api.Content.ContentWrites;

namespace Cms.Api.Content;

/// <summary>
/// The newsroom's routes for one content type: CRUD plus the publication workflow, with who may
/// call each. Drafts are visible here. Every write may carry If-Match (the ETag from a GET;
/// required to replace or delete); a stale one is refused with 412 and nothing is written.
/// Any staff account may call a route (the /manage group's policy, ApiRoutes); authors only on
/// their own drafts (Domain/Users/EditorialRights); routes marked Editor are editors' and admins'.
/// What each route does: <see cref="ManagedContentHandlers{TEntity, TRequest, TResponse}"/>.
/// </summary>
internal static class ContentManagementEndpoints
{
    public static void MapContentManagement<TEntity, TRequest, TResponse>(this IEndpointRouteBuilder manage)
        where TEntity : ContentItem
        where TRequest : ContentRequest
        where TResponse : ContentDetail
    {
        var kind = ContentKind.Of<TEntity>();
        var group = manage.MapGroup(kind.Route).WithTags($"Manage {kind.Nouns}");
        var one = kind.Noun;
        var anOne = ("aeiou".Contains(one[0], StringComparison.Ordinal) ? "an " : "a ") + one;

        group.MapGet("/", ManagedContentHandlers<TEntity, TRequest, TResponse>.ListAsync)
            .Validate<ManagedListQuery>()
            .WithName($"Manage{kind.Plural}")
            .WithSummary($"All {kind.Nouns}, drafts included, most recently changed first")
            .WithDescription("Filter with ?status=draft|inReview|scheduled|published|unpublished|archived, ?category=slug, ?tag=slug, ?q=words (title, summary and text, tone marks ignored, drafts included). Each row says who created it and who changed it last, and when, and how many staff notes it has; a draft an editor returned carries the latest reason (returnedReason, returnedAt, returnedBy). Authors see only the items they created.");

        group.MapGet("/{id:long}", ManagedContentHandlers<TEntity, TRequest, TResponse>.GetAsync)
            .WithName($"ManageGet{kind.Singular}")
            .WithSummary($"One {one}, whatever its status; the ETag is its version")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        // The two routes with a body are lambdas: a method group hides from minimal APIs that a
        // generic body is not nullable, and an empty body or a JSON null would reach the handler
        // (a 500) and be documented as optional.
        group.MapPost("/", (TRequest request, [AsParameters] DraftServices<TEntity, TRequest> services, CancellationToken ct) =>
                ManagedContentHandlers<TEntity, TRequest, TResponse>.CreateAsync(request, services, ct))
            .Validate<TRequest>()
            .WithName($"Create{kind.Singular}")
            .WithSummary($"Create {anOne} as a draft")
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPut("/{id:long}", (long id, TRequest request, [FromHeader(Name = "If-Match")] string? ifMatch,
                [AsParameters] DraftServices<TEntity, TRequest> services, CancellationToken ct) =>
                ManagedContentHandlers<TEntity, TRequest, TResponse>.UpdateAsync(id, request, ifMatch, services, ct))
            .Validate<TRequest>()
            .WithName($"Update{kind.Singular}")
            .WithSummary($"Replace {anOne}'s content (its slug stays unless a new one is given)")
            .WithDescription("Requires If-Match: the ETag from a GET (428 without it, 412 if someone saved in between); If-Match: * overwrites. Authors may replace only their own drafts and items in review.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        group.MapDelete("/{id:long}", ManagedContentHandlers<TEntity, TRequest, TResponse>.DeleteAsync).RequireAuthorization(Policies.Editor)
            .WithName($"Delete{kind.Singular}")
            .WithSummary($"Delete {anOne} for good")
            .WithDescription("Requires If-Match (428 without it, 412 when stale).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        group.MapPost("/{id:long}/submit", ManagedContentHandlers<TEntity, TRequest, TResponse>.SubmitAsync)
            .WithStateChange($"Submit{kind.Singular}", $"Hand {anOne} in for review (authors: their own drafts)");
        group.MapPost("/{id:long}/publish", ManagedContentHandlers<TEntity, TRequest, TResponse>.PublishAsync).RequireAuthorization(Policies.Editor)
            .WithStateChange($"Publish{kind.Singular}", $"Publish {anOne} now");
        group.MapPost("/{id:long}/unpublish", ManagedContentHandlers<TEntity, TRequest, TResponse>.UnpublishAsync).RequireAuthorization(Policies.Editor)
            .WithStateChange($"Unpublish{kind.Singular}", $"Take {anOne} off the public site");
        group.MapPost("/{id:long}/archive", ManagedContentHandlers<TEntity, TRequest, TResponse>.ArchiveAsync).RequireAuthorization(Policies.Editor)
            .WithStateChange($"Archive{kind.Singular}", $"Archive {anOne}: kept, but no longer public");

        group.MapPost("/{id:long}/return", ManagedContentHandlers<TEntity, TRequest, TResponse>.ReturnAsync).RequireAuthorization(Policies.Editor)
            .Validate<ReturnRequest>()
            .WithStateChange($"Return{kind.Singular}", $"Send {anOne} in review back to its author as a draft, with the reason as a note")
            .WithDescription("Requires If-Match (428 without it, 412 when stale); 409 unless the item is in review. The author sees the reason in their list and on opening the item.")
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        group.MapPost("/{id:long}/schedule", ManagedContentHandlers<TEntity, TRequest, TResponse>.ScheduleAsync).RequireAuthorization(Policies.Editor)
            .Validate<ScheduleRequest>()
            .WithName($"Schedule{kind.Singular}")
            .WithSummary($"Schedule {anOne} to go public at publishAt, with nobody acting then")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);

        group.MapRevisions<TEntity, TRequest, TResponse>();
        group.MapEditLocks<TEntity>();
        group.MapPreviewLinks<TEntity>();
        group.MapNotes<TEntity>();
        group.MapRoyalties<TEntity>();
        group.MapRelatedPins<TEntity>();
    }

    /// <summary>A step of the workflow: its name and summary, and the refusals every step may give.</summary>
    private static RouteHandlerBuilder WithStateChange(this RouteHandlerBuilder route, string name, string summary) =>
        route
            .WithName(name)
            .WithSummary(summary)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
}
