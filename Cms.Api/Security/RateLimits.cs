using System.Globalization;
using System.Threading.RateLimiting;
using Cms.Api.Configuration;
using Cms.Api.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Cms.Api.Security;

/// <summary>
/// Per-IP limits on the two endpoints anyone can hammer: the hit beacon and sign-in.
/// Over the limit: 429 with Retry-After and a ProblemDetails body; nothing is done.
/// Limits are per API instance (see README: behind a load balancer each instance counts its share).
/// And a queue for public reads that reach the database (output-cache misses), served
/// oldest first: when more arrive than the cores can serve, the runtime's thread pool and
/// the operating system otherwise serve them in no particular order, and some wait many
/// turns: the queue keeps the slowest answers near the typical one (figures in
/// bench/README.md, "Figures behind the code").
/// </summary>
internal static class RateLimits
{
    public const string Beacon = "beacon";
    public const string SignIn = "sign-in";
    public const string PublicReads = "public-reads";
    public const string LiveQuestions = "live-questions";

    /// <summary>Waiting reads beyond which the next one is told to come back (503): a backlog of minutes, not a burst.</summary>
    private const int PublicReadQueue = 10_000;

    public static IServiceCollection AddCmsRateLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<CmsOptions>>((limiter, cms) =>
        {
            var limits = cms.Value.RateLimits;
            limiter.AddPolicy(Beacon, http => PerIp(http, limits.BeaconPerMinute));
            limiter.AddPolicy(SignIn, http => PerIp(http, limits.SignInPerMinute));
            limiter.AddPolicy(LiveQuestions, http => PerIp(http, cms.Value.LiveQa.QuestionsPerWindow, cms.Value.LiveQa.QuestionWindow));
            var concurrency = limits.PublicReadConcurrency > 0 ? limits.PublicReadConcurrency : 4 * Environment.ProcessorCount;
            // One queue for the whole process, whoever asks.
            limiter.AddPolicy(PublicReads, _ => RateLimitPartition.GetConcurrencyLimiter(PublicReads, _ => new ConcurrencyLimiterOptions
            {
                PermitLimit = concurrency,
                QueueLimit = PublicReadQueue,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            }));
            limiter.OnRejected = RejectAsync;
        });
        return services;
    }

    private static RateLimitPartition<string> PerIp(HttpContext http, int perMinute) => PerIp(http, perMinute, TimeSpan.FromMinutes(1));

    private static RateLimitPartition<string> PerIp(HttpContext http, int permits, TimeSpan window)
    {
        var ip = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return permits <= 0
            ? RateLimitPartition.GetNoLimiter(ip)
            : RateLimitPartition.GetFixedWindowLimiter(ip, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = permits,
                Window = window,
                QueueLimit = 0,
            });
    }

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken ct)
    {
        var http = context.HttpContext;
        if (http.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName == PublicReads)
        {
            http.Response.Headers.RetryAfter = "1";
            await http.WriteProblemAsync(StatusCodes.Status503ServiceUnavailable, "The server is busy.", "Too many readers are waiting; try again in a second.");
            return;
        }

        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await http.WriteProblemAsync(
            StatusCodes.Status429TooManyRequests, "Too many requests.", $"Too many requests from this address; try again in {seconds} seconds.");
    }
}
