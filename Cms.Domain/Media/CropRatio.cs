namespace Cms.Domain.Media;

/// <summary>
/// The shapes the site shows pictures in: the original's own, or a crop around the focal point
/// (16:9 for leads and cards, 4:3 for some card grids, 1:1 for squares). Every library image
/// gets renditions in each.
/// </summary>
public sealed record CropRatio(string Name, int Across, int Down)
{
    public static readonly CropRatio Original = new("original", 0, 0);

    public static readonly IReadOnlyList<CropRatio> Crops = [new("16:9", 16, 9), new("4:3", 4, 3), new("1:1", 1, 1)];

    public static readonly IReadOnlyList<CropRatio> All = [Original, .. Crops];

    public bool IsCrop => Across > 0;

    /// <summary>"16x9": the ratio as it appears in a file name.</summary>
    public string Code => IsCrop ? $"{Across}x{Down}" : Name;
}
