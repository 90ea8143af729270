using System.Runtime.CompilerServices;
using Cms.Api.Auth;
using Cms.Api.Common;
using Cms.Api.Content;
using Cms.Domain.Common;
using Cms.Domain.Content;
using Cms.Domain.Users;
using Cms.Infrastructure.EditLocks;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Cms.Api.EditLocks;

/// <summary>
/// What each edit-lock route of one content type does (the routes: <see cref="EditLockEndpoints"/>).
/// Whoever may see the item may read its lock and watch it; whoever may edit it may take it.
/// Saving never looks at the lock: If-Match stays the guard against overwriting.
/// </summary>
internal static class EditLockHandlers<TEntity>
    where TEntity : ContentItem
{
    /// <summary>An events stream repeats the lock this often even when nothing changed, so proxies keep it open.</summary>
    private static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(25);

    public static async Task<Ok<EditLockResponse>> GetAsync(long id, [AsParameters] LockServices services, CancellationToken ct)
    {
        await ItemAsync(services, id, ct);
        var held = await services.Locks.FindAsync(id, ct);
        return Answer(services, EditLockResponse.Of(id, held, services.Clock.GetUtcNow()));
    }

    public static async Task<Results<Ok<EditLockResponse>, ProblemHttpResult>> TakeAsync(long id, EditLockRequest request,
        [AsParameters] LockServices services, CancellationToken ct)
    {
        var actor = await EditorAsync(services, id, ct);
        var session = request.SessionId!;
        var now = services.Clock.GetUtcNow();
        var taken = await services.Locks.TakeAsync(id, actor.UserName, session, now, services.Lifetime, replacingSession: null, ct);
        if (taken is null)
        {
            var current = await services.Locks.FindAsync(id, ct);
            if (current is not null && current.IsLiveAt(now))
            {
                if (request.TakeOver != true)
                {
                    return HeldBySomeoneElse(services, current);
                }

                EditorialRights.EnsureMayTakeOverLock(actor, current.Holder);
            }

            // Taken over (or freed a moment ago): only if the holder read above still holds it.
            taken = await services.Locks.TakeAsync(id, actor.UserName, session, now, services.Lifetime, current?.SessionId, ct);
            if (taken is null)
            {
                return HeldBySomeoneElse(services, await services.Locks.FindAsync(id, ct));
            }
        }

        return Answer(services, EditLockResponse.Of(id, taken, now));
    }

    public static async Task<Results<Ok<EditLockResponse>, ProblemHttpResult>> RenewAsync(long id, EditLockRenewal request,
        [AsParameters] LockServices services, CancellationToken ct)
    {
        var actor = await EditorAsync(services, id, ct);
        var now = services.Clock.GetUtcNow();
        var renewed = await services.Locks.RenewAsync(id, actor.UserName, request.SessionId!, now, services.Lifetime, ct);
        if (renewed is not null)
        {
            return Answer(services, EditLockResponse.Of(id, renewed, now));
        }

        var current = await services.Locks.FindAsync(id, ct);
        var who = current is null ? "someone else" : current.DisplayName ?? current.Holder;
        return Problem("The edit lock was taken over.",
            $"{who} took over editing this item at {(current is null ? "?" : services.PortalTime(current.AcquiredAt))}; your changes are not saved.", current);
    }

    public static async Task<NoContent> ReleaseAsync(long id, [AsParameters] EditLockRelease release, [AsParameters] LockServices services, CancellationToken ct)
    {
        // Letting go of one's own lock needs no right to edit: an author's item may have been published meanwhile.
        await ItemAsync(services, id, ct);
        await services.Locks.ReleaseAsync(id, services.Http.User.ToActor().UserName, release.SessionId!, ct);
        return TypedResults.NoContent();
    }

    // IResult rather than ServerSentEventsResult: that type documents itself as a generic
    // "SseItem`1" schema, which generated clients choke on; the route documents the stream as
    // text/event-stream of EditLockResponse instead.
    public static async Task<IResult> WatchAsync(long id, EditLockEvents events, IHostApplicationLifetime host,
        [AsParameters] LockServices services, HttpResponse response, CancellationToken ct)
    {
        await ItemAsync(services, id, ct);
        EventStreams.Unbuffered(response);
        return TypedResults.ServerSentEvents(StreamAsync(id, events, services, ct, host.ApplicationStopping), "lock");
    }

    /// <summary>The lock as it is now, then again each time it changes hands (and every <see cref="KeepAlive"/>), until the client or the server goes.</summary>
    private static async IAsyncEnumerable<EditLockResponse> StreamAsync(long id, EditLockEvents events, LockServices services,
        [EnumeratorCancellation] CancellationToken ct, CancellationToken stopping)
    {
        using var either = CancellationTokenSource.CreateLinkedTokenSource(ct, stopping);
        using var watch = events.Watch(id); // before the first read, so no change falls in between
        do
        {
            yield return EditLockResponse.Of(id, await services.Locks.FindAsync(id, ct), services.Clock.GetUtcNow());
        }
        while (await watch.WaitAsync(KeepAlive, either.Token));
    }

    private static ProblemHttpResult HeldBySomeoneElse(LockServices services, HeldLock? current) =>
        Problem("Someone else is editing this item.", current is null
            ? "Another editor took the lock a moment ago; try again."
            : $"{current.DisplayName ?? current.Holder} has been editing this item since {services.PortalTime(current.AcquiredAt)}. Send takeOver: true to take it over.", current);

    /// <summary>A 409 naming who holds the lock now, in <c>holder</c> (the shape of <see cref="LockHolder"/>).</summary>
    private static ProblemHttpResult Problem(string title, string detail, HeldLock? current)
    {
        var problem = new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = title, Detail = detail };
        problem.Extensions["holder"] = current is null ? null : LockHolder.Of(current);
        return TypedResults.Problem(problem);
    }

    private static Ok<EditLockResponse> Answer(LockServices services, EditLockResponse response)
    {
        services.Http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(response);
    }

    private static async Task<Actor> EditorAsync(LockServices services, long id, CancellationToken ct)
    {
        var actor = services.Http.User.ToActor();
        EditorialRights.EnsureMayEdit(actor, await ItemAsync(services, id, ct));
        return actor;
    }

    private static Task<TEntity> ItemAsync(LockServices services, long id, CancellationToken ct) =>
        VisibleItem.FindAsync<TEntity>(services.Db, id, services.Http.User, ct);
}
