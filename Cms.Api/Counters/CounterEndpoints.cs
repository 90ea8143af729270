using Cms.Api.Common;
using Cms.Api.Configuration;
using Cms.Api.Security;
using Cms.Infrastructure.Counters;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Cms.Api.Counters;

/// <summary>The view beacon and the site's statistics; anyone may call them. The routes first, then what each does.</summary>
internal static class CounterEndpoints
{
    public static void MapCounters(this IEndpointRouteBuilder api)
    {
        api.MapPost("/hits", RecordHit)
            .ProducesValidationProblem()
            .RequireRateLimiting(RateLimits.Beacon)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithTags("Counters")
            .WithName("RecordHit")
            .WithSummary("Count a page view (the site calls this once per page) and get the site statistics")
            .WithDescription("Answers at once with Đang online / Hôm nay / Trong tuần / Tất cả; the hit reaches the database within about a second. "
                + "The same visitor viewing the same item again within 30 minutes counts once; robots are not counted.");

        api.MapGet("/stats", GetStatistics)
            // Not cached (online now moves without a flush), so it reads the database like
            // any uncached public read: through the fair queue.
            .RequireRateLimiting(RateLimits.PublicReads)
            .WithTags("Counters")
            .WithName("GetSiteStatistics")
            .WithSummary("The site's visitor statistics: online now, visits today, this week and all time");

        api.MapMostViewed();
    }

    // 503 is an answer, not an exception: the buffer is full while the database is away.
    public static Results<Accepted<SiteStatistics>, ProblemHttpResult> RecordHit(HitRequest request, HitBuffer buffer, SiteStatisticsCache statistics,
        Telemetry.CmsMetrics metrics, IOptions<CmsOptions> options, TimeProvider clock, HttpContext http)
    {
        request.Validate();
        if (!BotFilter.IsBot(http.Request.Headers.UserAgent))
        {
            if (buffer.Held >= options.Value.Counters.MaxPendingHits)
            {
                return TypedResults.Problem(
                    statusCode: StatusCodes.Status503ServiceUnavailable,
                    title: "Counting is paused.",
                    detail: "The database has been unreachable for a while; hits are not accepted until it is back.");
            }

            buffer.Add(new Hit(request.VisitorId!, request.ContentId, clock.GetUtcNow().ToUniversalTime()));
            metrics.HitAccepted();
        }

        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Accepted((string?)null, statistics.Current);
    }

    public static Ok<SiteStatistics> GetStatistics(SiteStatisticsCache statistics, HttpContext http)
    {
        http.Response.Headers.CacheControl = "public, max-age=5";
        return TypedResults.Ok(statistics.Current);
    }
}
