using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using Cms.Api.Common;
using Cms.Api.Configuration;
using Cms.Domain.Common;
using Cms.Domain.Interviews;
using Cms.Infrastructure.LiveQa;
using Cms.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cms.Api.LiveQa;

/// <summary>What the readers' live Q&amp;A routes do (the routes: <see cref="LiveQaEndpoints"/>). Refusals are exceptions (Errors/CmsExceptionHandler).</summary>
internal static class LiveQaHandlers
{
    /// <summary>Readers poll this when the stream is refused; a few seconds old is fresh enough.</summary>
    private const string StatusCacheControl = "public, max-age=5";

    public static async Task<Ok<LiveStatusResponse>> GetStatusAsync(string idOrSlug, CmsDbContext db, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var status = await PublicInterviewAsync(db, idOrSlug, now, ct);
        http.Response.Headers.CacheControl = StatusCacheControl;
        return TypedResults.Ok(LiveStatusResponse.Of(status, now));
    }

    /// <summary>Takes a reader's question for moderation, while the session is open; shown to nobody until answered.</summary>
    public static async Task<Accepted<QuestionAcceptedResponse>> AskAsync(string idOrSlug, QuestionRequest request, CmsDbContext db, TimeProvider clock,
        HttpContext http, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var status = await PublicInterviewAsync(db, idOrSlug, now, ct);
        LiveSession.EnsureOpen(status.OpensAt, status.ClosesAt, now); // the session's times came with the interview
        var userAgent = http.Request.Headers.UserAgent.ToString();
        var question = new LiveQuestion(status.InterviewId, request.Name!, request.Place, request.Text!,
            http.Connection.RemoteIpAddress?.ToString(), userAgent.Length == 0 ? null : userAgent, now);
        db.LiveQuestions.Add(question);
        await db.SaveChangesAsync(ct);
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Accepted((string?)null, new QuestionAcceptedResponse(question.Id));
    }

    /// <summary>Server-sent events: the session now, then each answer as it is published; 503 with Retry-After past this process's cap.</summary>
    public static async Task<Results<ServerSentEventsResult<string>, ProblemHttpResult>> WatchAsync(string idOrSlug, LiveQaHub hub, CmsDbContext db,
        TimeProvider clock, IOptions<CmsOptions> options, IHostApplicationLifetime host, HttpContext http, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var status = await PublicInterviewAsync(db, idOrSlug, now, ct);
        var reader = hub.TryJoin(status);
        if (reader is null)
        {
            http.Response.Headers.RetryAfter = "10";
            return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Too many live readers on this server.",
                detail: $"Read GET /api/v1/interviews/{status.Slug}/live every 10 seconds instead: its exchangeCount tells when new answers are published.");
        }

        http.Response.RegisterForDispose(reader); // leaves the room even if the stream never starts
        EventStreams.Unbuffered(http.Response);
        var first = hub.Item(LiveQaHub.LiveEvent, LiveStatusResponse.Of(status, now));
        return TypedResults.ServerSentEvents(StreamAsync(reader, first, options.Value.LiveQa.KeepAlive, ct, host.ApplicationStopping));
    }

    private static async IAsyncEnumerable<SseItem<string>> StreamAsync(LiveSubscription reader, SseItem<string> first, TimeSpan keepAlive,
        [EnumeratorCancellation] CancellationToken ct, CancellationToken stopping)
    {
        using var either = CancellationTokenSource.CreateLinkedTokenSource(ct, stopping);
        var latest = first;
        yield return first;
        while (!either.IsCancellationRequested)
        {
            var next = await reader.NextAsync(keepAlive, either.Token);
            if (either.IsCancellationRequested)
            {
                yield break;
            }

            if (next is { } item && item.EventType == LiveQaHub.LiveEvent)
            {
                latest = item;
            }

            yield return next ?? latest; // nothing new: the session restated keeps proxies from closing the stream
        }
    }

    private static async Task<LiveStatus> PublicInterviewAsync(CmsDbContext db, string idOrSlug, DateTimeOffset now, CancellationToken ct) =>
        await LiveStatusQuery.FindPublicAsync(db, idOrSlug, now, ct) ?? throw new NotFoundException("Interview", idOrSlug);
}
