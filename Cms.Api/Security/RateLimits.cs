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
/// </summary>
internal static class RateLimits
{
    public const string Beacon = "beacon";
    public const string SignIn = "sign-in";

    public static IServiceCollection AddCmsRateLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<CmsOptions>>((limiter, cms) =>
        {
            var limits = cms.Value.RateLimits;
            limiter.AddPolicy(Beacon, http => PerIp(http, limits.BeaconPerMinute));
            limiter.AddPolicy(SignIn, http => PerIp(http, limits.SignInPerMinute));
            limiter.OnRejected = RejectAsync;
        });
        return services;
    }

    private static RateLimitPartition<string> PerIp(HttpContext http, int perMinute)
    {
        var ip = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return perMinute <= 0
            ? RateLimitPartition.GetNoLimiter(ip)
            : RateLimitPartition.GetFixedWindowLimiter(ip, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = perMinute,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            });
    }

    private static async ValueTask RejectAsync(OnRejectedContext context, CancellationToken ct)
    {
        var http = context.HttpContext;
        var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await http.WriteProblemAsync(
            StatusCodes.Status429TooManyRequests, "Too many requests.", $"Too many requests from this address; try again in {seconds} seconds.");
    }
}
