using Cms.Domain.Common;

namespace Cms.Domain.Content;

/// <summary>
/// How an item presents itself to search engines and share previews when the editor wants
/// something other than the story's own title, lead and cover: a shorter title for the
/// results page, a description written for it, a picture made for Facebook/Zalo, or the
/// address of the original when the story is a copy. Each is optional; what is unset falls
/// back to the story's own.
/// </summary>
public sealed class SeoFields
{
    private SeoFields()
    {
    }

    public SeoFields(string? title, string? description, Image? image, string? canonicalUrl)
    {
        Title = Text.CleanOptional(title);
        Description = Text.CleanOptional(description);
        Image = image;
        CanonicalUrl = Text.CleanOptional(canonicalUrl);
    }

    /// <summary>The page's title in search results and share previews, instead of the headline.</summary>
    public string? Title { get; private set; }

    /// <summary>The meta description, instead of the lead.</summary>
    public string? Description { get; private set; }

    /// <summary>The share preview's picture, instead of the cover.</summary>
    public Image? Image { get; private set; }

    /// <summary>The canonical address, when it is not the item's own page (a story first published elsewhere).</summary>
    public string? CanonicalUrl { get; private set; }

    /// <summary>Nothing set: the item keeps no SEO fields at all (null), so "none" has one form.</summary>
    public bool IsEmpty => Title is null && Description is null && Image is null && CanonicalUrl is null;
}
