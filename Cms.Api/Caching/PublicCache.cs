namespace Cms.Api.Caching;

/// <summary>
/// Cache lifetimes for public responses. Short, because a published correction or a
/// scheduled item must show within a minute; stale-while-revalidate lets browsers and
/// CDNs answer at once while they check; strong ETags make the check a cheap 304.
/// </summary>
internal static class PublicCache
{
    public const string List = "public, max-age=30, stale-while-revalidate=60";
    public const string Item = "public, max-age=60, stale-while-revalidate=120";

    /// <summary>The server-side output cache policy every public GET uses.</summary>
    public const string Policy = "public-content";

    /// <summary>Evicted whenever published content, sections or tags change, or a scheduled item goes live.</summary>
    public const string ContentTag = "content";

    /// <summary>Evicted once a FlushInterval after hits were written: cached view counts are never older than that.</summary>
    public const string ViewsTag = "views";
}
