using System.Net.Http.Json;
using Cms.Api.Counters;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Tests.Support;

/// <summary>Sends hits the way the site does (a browser's User-Agent) and forces the counters' periodic work (eviction, statistics).</summary>
public static class CounterClient
{
    public const string Browser = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36";

    public static async Task<HttpResponseMessage> HitAsync(this HttpClient client, string visitorId, long? contentId = null, string? userAgent = Browser)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/hits") { Content = JsonContent.Create(new { visitorId, contentId }) };
        if (userAgent is not null)
        {
            request.Headers.TryAddWithoutValidation("User-Agent", userAgent);
        }

        return await client.SendAsync(request);
    }

    public static async Task FlushAsync(this CmsApp app)
    {
        var flushed = await app.Factory.Services.GetRequiredService<ICounterFlush>().FlushAsync(CancellationToken.None);
        Assert.True(flushed, "The counter flush failed.");
    }

    /// <summary>GET /stats as an anonymous reader sees it.</summary>
    public static async Task<StatsBody> StatsAsync(this CmsApp app)
    {
        using var client = app.Anonymous();
        return await client.GetBodyAsync<StatsBody>("/api/v1/stats");
    }
}

/// <summary>The site's visitor statistics, as GET /stats and the beacon's answer give them.</summary>
public sealed record StatsBody(long Online, long Today, long ThisWeek, long Total);

/// <summary>GET /most-viewed: the items ranked, each with its views in the period.</summary>
public sealed record MostViewedBody(string Period, string? Type, IReadOnlyList<MostViewedEntryBody> Items);

public sealed record MostViewedEntryBody(long Views, ItemBody Item);
