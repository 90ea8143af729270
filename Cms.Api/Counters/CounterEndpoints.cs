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
        api.MapPost("/hits", RecordHitAsync)
            .ProducesValidationProblem()
            .RequireRateLimiting(RateLimits.Beacon)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable)
            .WithTags("Counters")
            .WithName("RecordHit")
            .WithSummary("Count a page view (the site calls this once per page) and get the site statistics")
            .WithDescription("Answers 202 once the hit is committed to the database (a few milliseconds: hits arriving together share one transaction), "
                + "with Đang online / Hôm nay / Trong tuần / Tất cả as of the last second. 503: the hit was not counted (the database is unreachable). "
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

    // 202 once the hit is committed: accepted means kept, even if the process is killed the
    // next moment. 503 is an answer, not an exception: the hit was not counted.
    public static async Task<Results<Accepted<SiteStatistics>, ProblemHttpResult>> RecordHitAsync(HitRequest request, HitBuffer buffer,
        SiteStatisticsCache statistics, Telemetry.CmsMetrics metrics, IOptions<CmsOptions> options, TimeProvider clock, HttpContext http)
    {
        request.Validate();
        http.Response.Headers.CacheControl = "no-store";
        if (!BotFilter.IsBot(http.Request.Headers.UserAgent))
        {
            var counters = options.Value.Counters;
            if (buffer.Held >= counters.MaxPendingHits)
            {
                return NotCounted("Too many hits are waiting for the database; this one was not counted.");
            }

            // Not cancelled with the request: a browser that leaves still made the view, and the
            // hit is in a batch already (a hit with nobody left to answer may be counted).
            if (!await buffer.Add(new Hit(request.VisitorId!, request.ContentId, clock.GetUtcNow().ToUniversalTime())))
            {
                return NotCounted($"The hit was not counted: the database did not take it within {counters.HoldTimeout.TotalSeconds:0.#} s, or this server is stopping.");
            }

            metrics.HitAccepted();
        }

        return TypedResults.Accepted((string?)null, statistics.Current);
    }

    private static ProblemHttpResult NotCounted(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Counting is paused.", detail: detail);

    public static Ok<SiteStatistics> GetStatistics(SiteStatisticsCache statistics, HttpContext http)
    {
        http.Response.Headers.CacheControl = "public, max-age=5";
        return TypedResults.Ok(statistics.Current);
    }
}
