namespace Cms.Api.Common;

/// <summary>A picture as items show it.</summary>
public sealed record ImageResponse
{
    /// <summary>
    /// Load it as it is: an absolute URL, or a path on the API's host. Uploads are under
    /// /media/{year}/{month}/ (GetMediaFile), the demo content's pictures under /media/demo/
    /// (static files); a client needs no template to fetch either.
    /// </summary>
    public required string Url { get; init; }

    public string? Caption { get; init; }

    public string? Alt { get; init; }

    /// <summary>Width in pixels: known for a cover picked from the API's media library, null otherwise.</summary>
    public int? Width { get; init; }

    /// <summary>Height in pixels: known when the width is.</summary>
    public int? Height { get; init; }

    /// <summary>
    /// For a picture of the API's media library: its smaller copies and crops, narrowest first
    /// within each shape, as JPEG/PNG and WebP (a phone picks a small one); null for other pictures.
    /// Filled in after mapping, once per response (Media/ImageRenditionsFilter).
    /// </summary>
    public IReadOnlyList<ImageRenditionResponse>? Renditions { get; set; }
}
