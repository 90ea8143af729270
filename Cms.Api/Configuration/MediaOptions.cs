namespace Cms.Api.Configuration;

/// <summary>The media library (Cms:Media; see Media/MediaEndpoints).</summary>
public sealed class MediaOptions
{
    /// <summary>The folder uploaded files are kept in. Unset: "media" in the data directory.</summary>
    public string? Root { get; set; }

    /// <summary>The largest image accepted, in bytes (a larger upload is a 413).</summary>
    public long MaxUploadBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>The most pixels an image may have (width × height), read before it is decoded.</summary>
    public long MaxPixels { get; set; } = 50_000_000;

    /// <summary>Widths of the renditions made of each image (only those narrower than it).</summary>
    public int[] RenditionWidths { get; set; } = [320, 800, 1600];
}
