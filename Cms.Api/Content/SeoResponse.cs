using Cms.Api.Common;

namespace Cms.Api.Content;

/// <summary>The item's search and share overrides; a page head uses each one set instead of the item's own.</summary>
public sealed record SeoResponse
{
    /// <summary>Instead of the title in &lt;title&gt; and og:title.</summary>
    public string? Title { get; init; }

    /// <summary>Instead of the summary in the meta description and og:description.</summary>
    public string? Description { get; init; }

    /// <summary>Instead of the cover in og:image.</summary>
    public ImageResponse? Image { get; init; }

    /// <summary>Instead of the page's own address in &lt;link rel=canonical&gt; and og:url.</summary>
    public string? CanonicalUrl { get; init; }
}
