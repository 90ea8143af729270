using Cms.Api.Configuration;
using Cms.Api.Replicas;
using Cms.Infrastructure.Persistence;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;

namespace Cms.Api.Caching;

/// <summary>
/// Public GETs are cached in memory (ASP.NET Core's output cache), keyed by path and query,
/// and evicted by tag: at once when content changes or a scheduled item goes live, and after
/// each FlushInterval in which hits were written, so view counts stay about a second fresh.
/// Responses are compressed (Brotli, gzip) for phones on slow networks.
/// </summary>
internal static class CachingSetup
{
    public static IServiceCollection AddCmsCaching(this IServiceCollection services)
    {
        services.AddOutputCache();
        services.AddOptions<OutputCacheOptions>().Configure<IOptions<CmsOptions>>((cache, cms) =>
        {
            var settings = cms.Value.Cache;
            cache.AddPolicy(PublicCache.Policy, policy =>
            {
                if (!settings.OutputCache)
                {
                    policy.NoCache();
                    return;
                }

                policy.AddPolicy<ScheduledPublicationPolicy>().AddPolicy<ReadAfterPolicy>().Expire(settings.Duration).Tag(PublicCache.ContentTag, PublicCache.ViewsTag);
            });
        });
        services.AddSingleton<ScheduledPublications>();
        services.AddSingleton<ListCounts>();
        services.AddSingleton<ScheduledPublicationPolicy>();
        services.AddSingleton<ReadAfterPolicy>();
        services.AddSingleton<PublicCacheEviction>();
        services.AddSingleton<IContentChangeListener>(sp => sp.GetRequiredService<PublicCacheEviction>());
        services.AddHostedService<ChangeNotificationListener>();
        services.AddSingleton<StrongETagFilter>();

        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true; // only public, non-secret JSON is large enough to matter
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        return services;
    }

    /// <summary>
    /// Marks a public GET: strong ETag with 304, the server-side output cache, and, for the
    /// requests the cache cannot answer, the fair queue (Security/RateLimits) and a read replica
    /// when one has caught up (Replicas/).
    /// </summary>
    public static RouteHandlerBuilder PublicResponse(this RouteHandlerBuilder endpoint) =>
        // The renditions filter again, inside the ETag filter: pictures get their renditions before the body is hashed.
        endpoint.AddEndpointFilter<StrongETagFilter>().AddEndpointFilter<Media.ImageRenditionsFilter>().WithMetadata(ConditionalGet.Marker).CacheOutput(PublicCache.Policy).RequireRateLimiting(Security.RateLimits.PublicReads)
            .ReadsFromReplica();
}
