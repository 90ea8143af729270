using System.Buffers;

namespace Cms.Api.Counters;

/// <summary>
/// Obvious robots by User-Agent: search crawlers, link previewers and scripting clients.
/// Browsers always send a User-Agent, so a missing one is not a reader either.
/// </summary>
internal static class BotFilter
{
    // One multi-substring search (SearchValues) instead of a regex with alternatives: this
    // runs on every beacon hit, and a browser's User-Agent has to be scanned to the end.
    private static readonly SearchValues<string> Markers = SearchValues.Create(
        [
            "bot/", "bot;", "bot)", "bot ", "bot+", "crawl", "spider", "slurp", "archiver", "facebookexternalhit", "embedly",
            "preview", "mediapartners", "lighthouse", "pingdom", "uptime", "monitor", "curl/", "wget/", "python-", "python/",
            "java/", "go-http-client", "okhttp", "httpclient", "libwww", "scrapy", "axios/", "node-fetch", "postman",
        ],
        StringComparison.OrdinalIgnoreCase);

    public static bool IsBot(string? userAgent) =>
        string.IsNullOrWhiteSpace(userAgent) || userAgent.AsSpan().ContainsAny(Markers) || userAgent.EndsWith("bot", StringComparison.OrdinalIgnoreCase);
}
