using Cms.Domain.Authors;
using Cms.Domain.Taxonomy;

namespace Cms.Domain.Content;

/// <summary>
/// The editable fields every content type shares, as one value to create or update with.
/// Credits null: the item's stay as they are (a request written before credits existed).
/// </summary>
public sealed record ContentFields(
    string Title,
    string? Summary,
    Image? CoverImage,
    Category? Category,
    IReadOnlyList<Tag> Tags,
    string? Author,
    IReadOnlyList<AuthorCredit>? Credits = null,
    SeoFields? Seo = null);
