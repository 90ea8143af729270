using Cms.Domain.Common;

namespace Cms.Domain.Content;

/// <summary>A picture shown with content: its address, the caption printed under it and the alt text.</summary>
public sealed class Image
{
    private Image()
    {
        Url = string.Empty;
    }

    public Image(string url, string? caption, string? alt)
    {
        Url = Text.Clean(url);
        Caption = Text.CleanOptional(caption);
        Alt = Text.CleanOptional(alt);
    }

    public string Url { get; private set; }

    public string? Caption { get; private set; }

    /// <summary>Alt text; when none was given, readers of the caption get the caption.</summary>
    public string? Alt { get; private set; }
}
