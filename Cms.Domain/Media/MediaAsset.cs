using Cms.Domain.Common;

namespace Cms.Domain.Media;

/// <summary>
/// An uploaded image in the media library: the original as uploaded (its type read from its
/// bytes, never from its name), its size in pixels, its focal point, smaller renditions and
/// crops (<see cref="CropRatio"/>) for lists and phones, and the caption and alt text editors give it. Files are named by <see cref="StorageKey"/>,
/// never by the uploader's file name, and never change: a new image is a new asset.
/// </summary>
public sealed class MediaAsset : AuditedEntity
{
    public const int MaxCaptionLength = 1000;
    public const int MaxAltLength = 500;
    private readonly List<MediaRendition> renditions = [];

    private MediaAsset()
    {
        StorageKey = string.Empty;
        FileName = string.Empty;
        ContentType = string.Empty;
    }

    public MediaAsset(string storageKey, string fileName, string contentType, int width, int height, long sizeBytes,
        IEnumerable<MediaRendition> renditions, string? caption, string? alt)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        StorageKey = storageKey;
        FileName = Text.Clean(fileName);
        ContentType = contentType;
        Width = width;
        Height = height;
        SizeBytes = sizeBytes;
        this.renditions.AddRange(renditions);
        Describe(caption, alt);
    }

    public long Id { get; private set; }

    /// <summary>Where the original is stored, e.g. "2026/11/3f2a….jpg"; the renditions sit beside it.</summary>
    public string StorageKey { get; private set; }

    /// <summary>The uploader's file name, for finding it again; never used to store or serve it.</summary>
    public string FileName { get; private set; }

    /// <summary>image/jpeg, image/png, image/gif or image/webp, as read from the bytes.</summary>
    public string ContentType { get; private set; }

    public int Width { get; private set; }

    public int Height { get; private set; }

    public long SizeBytes { get; private set; }

    /// <summary>Where the picture's subject is, across (0 the left edge, 1 the right); crops keep it in frame.</summary>
    public double FocalX { get; private set; } = FocalPoint.Centre;

    /// <summary>Where the picture's subject is, down (0 the top, 1 the bottom).</summary>
    public double FocalY { get; private set; } = FocalPoint.Centre;

    /// <summary>Narrower copies and crops, by ratio then width; none wider than the original.</summary>
    public IReadOnlyList<MediaRendition> Renditions => renditions;

    public string? Caption { get; private set; }

    /// <summary>What a reader who cannot see the image is told it shows.</summary>
    public string? Alt { get; private set; }

    public uint Version { get; private set; }

    public void Describe(string? caption, string? alt)
    {
        Caption = Text.CleanOptional(caption);
        Alt = Text.CleanOptional(alt);
    }

    /// <summary>Moves the focal point (rounded as <see cref="FocalPoint.Round"/>); the crops must then be made again.</summary>
    public void MoveFocalPoint(double x, double y)
    {
        if (!FocalPoint.IsValid(x) || !FocalPoint.IsValid(y))
        {
            throw new ArgumentOutOfRangeException(nameof(x), "A focal point lies within the picture: 0 to 1 each way.");
        }

        (FocalX, FocalY) = (FocalPoint.Round(x), FocalPoint.Round(y));
    }

    /// <summary>
    /// The renditions the asset has now: those of its current focal point. Crops of an earlier one
    /// leave the list (their files stay, so a page rendered before the change still shows its picture).
    /// </summary>
    public void ReplaceRenditions(IEnumerable<MediaRendition> current)
    {
        // New instances throughout: a rendition kept at another place in the list would keep its old place's identity.
        var copies = current.Select(r => new MediaRendition(r.Name, r.Ratio, r.StorageKey, r.ContentType, r.Width, r.Height, r.SizeBytes)).ToList();
        renditions.Clear();
        renditions.AddRange(copies);
    }
}

/// <summary>
/// A smaller copy of an image: its name ("w320", "16x9-w320-webp"), the ratio it is cut to
/// (<see cref="CropRatio"/>: "original" or a crop), size, type and where it is stored.
/// </summary>
public sealed class MediaRendition
{
    private MediaRendition()
    {
        Name = string.Empty;
        Ratio = CropRatio.Original.Name;
        StorageKey = string.Empty;
        ContentType = string.Empty;
    }

    public MediaRendition(string name, string ratio, string storageKey, string contentType, int width, int height, long sizeBytes)
    {
        Name = name;
        Ratio = ratio;
        StorageKey = storageKey;
        ContentType = contentType;
        Width = width;
        Height = height;
        SizeBytes = sizeBytes;
    }

    public string Name { get; private set; }

    /// <summary>"original", "16:9", "4:3" or "1:1".</summary>
    public string Ratio { get; private set; }

    public string StorageKey { get; private set; }

    public string ContentType { get; private set; }

    public int Width { get; private set; }

    public int Height { get; private set; }

    public long SizeBytes { get; private set; }
}
