using Cms.Domain.Common;
using Cms.Domain.Content;

namespace Cms.Domain.PhotoStories;

/// <summary>
/// One picture of a photo story: the image (its caption is printed under it) and who took it,
/// printed as "Ảnh: Lê Vũ". The credit is free text: photographers are often not staff.
/// </summary>
public sealed class Photo
{
    private Photo()
    {
        Image = null!;
    }

    public Photo(Image image, string? credit)
    {
        Image = image;
        Credit = Text.CleanOptional(credit);
    }

    public Image Image { get; private set; }

    /// <summary>The photographer as printed after "Ảnh: ", e.g. "Lê Vũ".</summary>
    public string? Credit { get; private set; }
}
