using Cms.Api.Auth;
using Cms.Api.Content;
using Cms.Domain.Content;
using Cms.Domain.Users;
using Cms.Infrastructure.Changes;
using Cms.Infrastructure.Persistence;
using FluentValidation;
using FluentValidation.Results;
using Mapster;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Cms.Api.Related;

/// <summary>
/// What an item's pin routes do (the routes: <see cref="RelatedEndpoints"/>). Pins are replaced
/// whole, as a featured list is; they are not the item's content, so its version (ETag) stays.
/// </summary>
internal static class RelatedPinHandlers<TEntity>
    where TEntity : ContentItem
{
    public static async Task<Ok<RelatedPinsResponse>> GetAsync(long id, CmsDbContext db, TypeAdapterConfig mapping, TimeProvider clock, HttpContext http,
        CancellationToken ct)
    {
        await VisibleItem.FindAsync<TEntity>(db, id, http.User, ct);
        return TypedResults.Ok(await ReadAsync(db, id, mapping, clock.GetUtcNow(), ct));
    }

    public static async Task<Ok<RelatedPinsResponse>> ReplaceAsync(long id, RelatedPinsRequest request, CmsDbContext db, TypeAdapterConfig mapping, TimeProvider clock,
        HttpContext http, CancellationToken ct)
    {
        var item = await VisibleItem.FindAsync<TEntity>(db, id, http.User, ct);
        EditorialRights.EnsureMayEdit(http.User.ToActor(), item);
        var ids = request.ItemIds!;
        var known = (await db.ContentItems.Where(c => ids.Contains(c.Id)).Select(c => c.Id).ToListAsync(ct)).ToHashSet();
        var refused = ids.Select((pinned, index) => (pinned, index))
            .Where(x => x.pinned == id || !known.Contains(x.pinned))
            .Select(x => new ValidationFailure($"itemIds[{x.index}]", x.pinned == id ? "An item cannot be related to itself." : $"There is no item {x.pinned}."))
            .ToList();
        if (refused.Count > 0)
        {
            throw new ValidationException(refused);
        }

        await db.InTransactionAsync(async cancel =>
        {
            db.ChangeTracker.Clear(); // a retried attempt adds the pins again, not beside the first attempt's
            await db.RelatedPins.Where(p => p.ContentId == id).ExecuteDeleteAsync(cancel);
            db.RelatedPins.AddRange(ids.Select((pinned, position) => new RelatedPin(id, position, pinned)));
            await db.SaveChangesAsync(acceptAllChangesOnSuccess: false, cancel); // accepted once committed, below
            // What stands under the item changed: the changes feed names it, so a static site rewrites its page.
            await DerivedChanges.ItemsAsync(db, [id], cancel);
        }, ct);
        db.ChangeTracker.AcceptAllChanges();
        return TypedResults.Ok(await ReadAsync(db, id, mapping, clock.GetUtcNow(), ct));
    }

    private static async Task<RelatedPinsResponse> ReadAsync(CmsDbContext db, long id, TypeAdapterConfig mapping, DateTimeOffset now, CancellationToken ct)
    {
        var pinned = await db.RelatedPins.AsNoTracking().Where(p => p.ContentId == id).OrderBy(p => p.Position).Select(p => p.RelatedId).ToListAsync(ct);
        // A card's status is the one readers see at "now" (a scheduled item due is published).
        var pins = (await ContentCards.AnyStatusAsync(db, pinned, mapping, now, ct))
            .Select(card => new RelatedPinEntry(card.Status == ContentStatus.Published, card)).ToList();
        var shown = await ContentCards.PublicAsync(db, await new RelatedItems(db).IdsAsync(id, now, ct), mapping, now, ct);
        return new RelatedPinsResponse(pins, shown);
    }
}
