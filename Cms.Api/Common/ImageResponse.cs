namespace Cms.Api.Common;

public sealed record ImageResponse
{
    public required string Url { get; init; }

    public string? Caption { get; init; }

    public string? Alt { get; init; }

    /// <summary>Width in pixels: known for a cover picked from the API's media library, null otherwise.</summary>
    public int? Width { get; init; }

    /// <summary>Height in pixels: known when the width is.</summary>
    public int? Height { get; init; }
}
