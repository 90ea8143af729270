using Cms.Api.Configuration;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.Options;

namespace Cms.Api.Security;

/// <summary>
/// Two CORS policies, applied per route group in ApiRoutes so a new endpoint inherits its
/// group's: the public site's (open by default) and the admin UI's (closed by default). Tokens
/// travel in the Authorization header, never in cookies, so no policy allows credentials.
/// </summary>
internal static class CorsPolicies
{
    public const string Site = "site";
    public const string Admin = "admin";

    // What clients send beyond the CORS-safelisted headers, and what they need to read back.
    private static readonly string[] RequestHeaders = ["Content-Type", "Authorization", "If-Match", "If-None-Match", Replicas.ReadAfter.RequestHeader];
    private static readonly string[] ExposedHeaders = ["ETag", "Location", "Retry-After", Replicas.ReadAfter.PositionHeader];

    public static IServiceCollection AddCmsCors(this IServiceCollection services)
    {
        services.AddCors();
        services.AddOptions<CorsOptions>().Configure<IOptions<CmsOptions>>((cors, cms) =>
        {
            var site = Build(cms.Value.Cors.SiteOrigins, anyWhenUnset: true, "GET", "HEAD", "POST");
            cors.AddPolicy(Site, site);
            // Outside the API groups (media files, health) everything is public too.
            cors.AddDefaultPolicy(site);
            cors.AddPolicy(Admin, Build(cms.Value.Cors.AdminOrigins, anyWhenUnset: false, "GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"));
        });
        return services;
    }

    private static CorsPolicy Build(string[]? configured, bool anyWhenUnset, params string[] methods)
    {
        var policy = new CorsPolicyBuilder()
            .WithMethods(methods)
            .WithHeaders(RequestHeaders)
            .WithExposedHeaders(ExposedHeaders)
            .SetPreflightMaxAge(TimeSpan.FromMinutes(10));
        // Browsers send an origin without a trailing slash; a configured one with it would never match.
        var origins = configured?.Where(o => !string.IsNullOrWhiteSpace(o)).Select(o => o.Trim().TrimEnd('/')).ToArray();
        return (origins is null ? anyWhenUnset : origins.Contains("*"))
            ? policy.AllowAnyOrigin().Build()
            : policy.WithOrigins(origins ?? []).Build();
    }
}
