using Cms.Domain.Taxonomy;

namespace Cms.Domain.Content;

/// <summary>The editable fields every content type shares, as one value to create or update with.</summary>
public sealed record ContentFields(
    string Title,
    string? Summary,
    Image? CoverImage,
    Category? Category,
    IReadOnlyList<Tag> Tags,
    string? Author,
    SeoFields? Seo = null);
