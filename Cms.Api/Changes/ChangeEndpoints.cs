using Cms.Api.Content;
using Cms.Domain.Content;
using Cms.Infrastructure.Changes;
using Cms.Infrastructure.Persistence;
using Cms.Api.Validation;
using Mapster;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Cms.Api.Changes;

internal static class ChangeEndpoints
{
    /// <summary>GET /changes?since=TOKEN: the sync feed for apps that keep an offline copy; anyone may call it.</summary>
    public static void MapChanges(this IEndpointRouteBuilder api) =>
        api.MapGet("/changes", ListAsync)
            .Validate<ChangesQuery>()
            .WithTags("Content")
            .WithName("ListChanges")
            .WithSummary("Sync: items published or changed, and items removed, since your last token")
            .WithDescription("Start without since (everything public now), keep the returned next, and send it as since next time; "
                + "while hasMore, ask again at once. Items come as list rows (GET /{type}/{id} for the full item); removed lists what to drop. "
                + "The Cms-Position header names the database position of this answer: send it as Cms-Read-After on the public reads that follow "
                + "(the full items, lists) to be sure they include every change listed here, whichever API process or read replica answers.")
            .ProducesValidationProblem();

    public static async Task<Ok<ChangesResponse>> ListAsync([AsParameters] ChangesQuery query, CmsDbContext db, TypeAdapterConfig mapping, ChangeFeedReader reader,
        TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var token = query.Token;
        var now = clock.GetUtcNow();
        var (changed, more, wal) = await reader.ReadAsync(new ChangeFeedReader.Position(token.Tx, token.Seq), query.Limit ?? ChangesQuery.DefaultLimit, ct);
        var ids = changed.Select(c => c.ContentId).ToList();
        if (token.At is { } at)
        {
            // Scheduled items whose time came since the last sync: no write marked them.
            ids.AddRange(await db.ContentItems
                .Where(x => x.Status == ContentStatus.Scheduled && x.PublishedAt > at && x.PublishedAt <= now && !ids.Contains(x.Id))
                .Select(x => x.Id).ToListAsync(ct));
        }

        var live = (await ContentCards.PublicAsync(db, ids, mapping, now, ct)).ToDictionary(x => x.Id);
        // Whether each still-existing item was ever public (has a publish time).
        var everPublic = await db.ContentItems.Where(x => ids.Contains(x.Id))
            .ToDictionaryAsync(x => x.Id, x => x.PublishedAt != null, ct);

        // A first sync has nothing to drop; later, drop what is gone or no longer public
        // (a draft that never went public was never sent, so it needs no tombstone).
        var removed = token == ChangeToken.Start
            ? []
            : changed.Where(c => !live.ContainsKey(c.ContentId) && everPublic.GetValueOrDefault(c.ContentId, true))
                .Select(c => new RemovedItem(c.ContentId, c.Type)).ToList();
        var last = changed.Count > 0 ? changed[^1].At : new ChangeFeedReader.Position(token.Tx, token.Seq);
        http.Response.Headers.CacheControl = "no-cache";
        http.Response.Headers[Replicas.ReadAfter.PositionHeader] = wal;
        return TypedResults.Ok(new ChangesResponse(
            ids.Where(live.ContainsKey).Select(id => live[id]).ToList(),
            removed,
            new ChangeToken(last.Tx, last.Seq, now).ToString(),
            more));
    }
}
