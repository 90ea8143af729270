using Cms.Api.Content;
using Cms.Api.Validation;
using Cms.Domain.Content;

namespace Cms.Api.EditLocks;

/// <summary>
/// An item's edit lock: the open editor takes it, renews it with a heartbeat and lets it go;
/// others see who holds it and may take it over (editors: anyone's; authors: their own other
/// tab, Domain/Users/EditorialRights), and the loser hears of it at once on the events stream.
/// Mapped into each content type's management group, so any staff account may call a route.
/// What each route does: <see cref="EditLockHandlers{TEntity}"/>.
/// </summary>
internal static class EditLockEndpoints
{
    public static void MapEditLocks<TEntity>(this RouteGroupBuilder group)
        where TEntity : ContentItem
    {
        var kind = ContentKind.Of<TEntity>();
        var one = kind.Noun;

        group.MapGet("/{id:long}/lock", EditLockHandlers<TEntity>.GetAsync)
            .WithName($"Get{kind.Singular}Lock")
            .WithSummary($"Who is editing {one} now (holder null: nobody)")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{id:long}/lock", EditLockHandlers<TEntity>.TakeAsync)
            .Validate<EditLockRequest>()
            .WithName($"Take{kind.Singular}Lock")
            .WithSummary($"Take the edit lock of {one} for one editor tab, or renew it when that tab holds it")
            .WithDescription("409 with the holder (holder: userName, displayName, sessionId, since, expiresAt) when another tab holds it; takeOver: true takes it over (editors: anyone's lock; authors: only their own from another tab, else 403). The lock lapses a lifetime (Cms:EditLocks:Lifetime, a minute) after its last heartbeat. Saving does not need it: If-Match guards saves.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapPut("/{id:long}/lock", EditLockHandlers<TEntity>.RenewAsync)
            .Validate<EditLockRenewal>()
            .WithName($"Renew{kind.Singular}Lock")
            .WithSummary($"The open editor's heartbeat: keep the edit lock of {one} (takes it again if nobody holds it)")
            .WithDescription("409 \"taken over\" with the new holder when another tab took the lock.")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        group.MapDelete("/{id:long}/lock", EditLockHandlers<TEntity>.ReleaseAsync)
            .Validate<EditLockRelease>()
            .WithName($"Release{kind.Singular}Lock")
            .WithSummary($"Let go of the edit lock of {one} (204 also when this tab did not hold it)")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapGet("/{id:long}/lock/events", EditLockHandlers<TEntity>.WatchAsync)
            .WithName($"Watch{kind.Singular}Lock")
            .WithSummary($"Server-sent events: the edit lock of {one} now, then each time it changes hands, from any API process")
            .WithDescription("text/event-stream of 'lock' events, each the lock as GET …/lock answers it; repeated every 25 s as a keep-alive. An editor whose tab no longer holds the lock has been taken over.")
            .Produces<EditLockResponse>(StatusCodes.Status200OK, "text/event-stream")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
