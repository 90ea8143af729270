using System.Text.RegularExpressions;

namespace Cms.Api.Counters;

/// <summary>
/// Obvious robots by User-Agent: search crawlers, link previewers and scripting clients.
/// Browsers always send a User-Agent, so a missing one is not a reader either.
/// </summary>
internal static partial class BotFilter
{
    public static bool IsBot(string? userAgent) =>
        string.IsNullOrWhiteSpace(userAgent) || BotPattern().IsMatch(userAgent);

    [GeneratedRegex(
        @"bot\b|bot/|crawl|spider|slurp|archiver|facebookexternalhit|embedly|preview|mediapartners|lighthouse|pingdom|uptime|monitor|curl/|wget/|python-|python/|java/|go-http-client|okhttp|httpclient|libwww|scrapy|axios/|node-fetch|postman",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BotPattern();
}
