using Cms.Api.Authors;
using Cms.Api.Common;

namespace Cms.Api.Content;

/// <summary>The fields every content type's create/update request shares.</summary>
public abstract record ContentRequest
{
    /// <summary>Optional; generated from the title when omitted. Lower-case ASCII words joined by '-'.</summary>
    public string? Slug { get; init; }

    public string? Title { get; init; }

    /// <summary>The lead paragraph ("sapo"), shown in lists and under the title.</summary>
    public string? Summary { get; init; }

    public ImageRequest? CoverImage { get; init; }

    /// <summary>The section (see GET /api/v1/categories); null for none.</summary>
    public int? CategoryId { get; init; }

    /// <summary>Tag names; new tags are created on first use.</summary>
    public IReadOnlyList<string>? Tags { get; init; }

    /// <summary>The byline as printed, e.g. "Lê Vũ".</summary>
    public string? Author { get; init; }

    /// <summary>Optional search and share overrides (title, description, picture, canonical URL).</summary>
    public SeoRequest? Seo { get; init; }

    /// <summary>
    /// The people the byline names, in order, each with a role ("Bài và ảnh: Lê Vũ"); the
    /// free-text author stays for imported stories. Omitted (null): the item's credits stay as
    /// they are; an empty list removes them.
    /// </summary>
    public IReadOnlyList<CreditRequest>? Credits { get; init; }
}
