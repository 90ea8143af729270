namespace Cms.Api.Content;

/// <summary>The fields every full item carries; each type's response adds its own.</summary>
public abstract record ContentDetail : ContentCard
{
    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Search and share overrides the editor set; null when none (use the item's own title, summary, cover and address).</summary>
    public SeoResponse? Seo { get; init; }

    /// <summary>
    /// The slugs the item had before, newest first: GET /{type}/{oldSlug} still answers it (with
    /// its current slug), and a site redirects those addresses to the current one.
    /// </summary>
    public IReadOnlyList<string> OldSlugs { get; init; } = [];

    /// <summary>Management API only (null in public responses): the user who created the item, whose draft it is.</summary>
    public string? CreatedBy { get; init; }

    /// <summary>Management API only: the user who saved it last.</summary>
    public string? UpdatedBy { get; init; }

    /// <summary>The row version; send it back as If-Match (it is also the ETag) to update safely.</summary>
    public required uint Version { get; init; }
}
