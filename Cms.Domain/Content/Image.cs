using Cms.Domain.Common;

namespace Cms.Domain.Content;

/// <summary>
/// A picture shown with content: its address, the caption printed under it, the alt text and,
/// when the API knows it (a file of its own media library), its size in pixels: apps reserve the
/// picture's space before it arrives, and share previews name it (og:image:width/height).
/// </summary>
public sealed class Image
{
    private Image()
    {
        Url = string.Empty;
    }

    public Image(string url, string? caption, string? alt, int? width = null, int? height = null)
    {
        Url = Text.Clean(url);
        Caption = Text.CleanOptional(caption);
        Alt = Text.CleanOptional(alt);
        // Both or neither: a size with one side unknown says nothing.
        if (width is > 0 && height is > 0)
        {
            Width = width;
            Height = height;
        }
    }

    public string Url { get; private set; }

    public string? Caption { get; private set; }

    /// <summary>Alt text; when none was given, readers of the caption get the caption.</summary>
    public string? Alt { get; private set; }

    /// <summary>Width in pixels, when known.</summary>
    public int? Width { get; private set; }

    /// <summary>Height in pixels, when known.</summary>
    public int? Height { get; private set; }
}
