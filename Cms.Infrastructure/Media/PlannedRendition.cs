namespace Cms.Infrastructure.Media;

/// <summary>
/// One rendition to make: the ratio it is cut to, its size, the part of the upright original it
/// shows (<see cref="Frame"/>) and the format it is encoded in.
/// </summary>
public sealed record PlannedRendition(string Ratio, int Width, int Height, CropFrame Frame, string ContentType, string Extension)
{
    public bool IsWebp => ContentType == "image/webp";
}
