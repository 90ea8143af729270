using Cms.Domain.Media;
using System.Text.RegularExpressions;

namespace Cms.Infrastructure.Media;

/// <summary>
/// Storage keys: "yyyy/MM/&lt;32 hex&gt;.ext" for an original, "…-w320.ext" for its renditions
/// of the same shape, and "…-16x9-f500x250-w320.ext" for its crops, named for the ratio and the
/// focal point (in thousandths) they were cut around: moving the focal point names new files,
/// so a cached copy of a crop is never the wrong crop.
/// Random, so a URL reveals nothing and never needs to change; checked against one pattern
/// before any store sees a key taken from a request, so no path can escape the store.
/// </summary>
public static partial class MediaKeys
{
    public static string NewOriginal(DateTimeOffset now, string extension) =>
        $"{now:yyyy}/{now:MM}/{Guid.NewGuid():N}.{extension}";

    /// <summary>"yyyy/MM/" and 32 hex digits: the part of every key that names its original.</summary>
    public const int StemLength = 40;

    public static string Rendition(string originalKey, int width, string extension) =>
        $"{Stem(originalKey)}-w{width}.{extension}";

    /// <summary>A rendition's key: the original's shape, or a crop named for its ratio and focal point.</summary>
    public static string Rendition(string originalKey, PlannedRendition rendition, double focalX, double focalY)
    {
        var ratio = CropRatio.All.Single(r => r.Name == rendition.Ratio);
        return ratio.IsCrop
            ? $"{Stem(originalKey)}-{ratio.Code}-f{FocalPoint.Thousandths(focalX)}x{FocalPoint.Thousandths(focalY)}-w{rendition.Width}.{rendition.Extension}"
            : Rendition(originalKey, rendition.Width, rendition.Extension);
    }

    /// <summary>The key's first <see cref="StemLength"/> characters: the same for an original and all its renditions.</summary>
    public static string Stem(string key) => key[..StemLength];

    /// <summary>What the key of the original starts with, for an original's key or one of its renditions'.</summary>
    public static string OriginalStem(string key) => Stem(key) + ".";

    /// <summary>Where content names library files: "/media/" then the key.</summary>
    public const string UrlPrefix = "/media/";

    /// <summary>The key an address names ("/media/2026/11/3f2a….jpg"), or null for an address outside the library.</summary>
    public static string? FromUrl(string url) =>
        url.StartsWith(UrlPrefix, StringComparison.Ordinal) && url[UrlPrefix.Length..] is var key && IsValid(key) ? key : null;

    public static bool IsValid(string? key) => key is not null && Pattern().IsMatch(key);

    /// <summary>The content type a key's extension stands for (keys are only made with these).</summary>
    public static string ContentTypeOf(string key) => key[(key.LastIndexOf('.') + 1)..] switch
    {
        "jpg" => "image/jpeg",
        "png" => "image/png",
        "gif" => "image/gif",
        "webp" => "image/webp",
        _ => "application/octet-stream",
    };

    [GeneratedRegex(@"^[0-9]{4}/[0-9]{2}/[0-9a-f]{32}(-[0-9]{1,2}x[0-9]{1,2}-f[0-9]{1,4}x[0-9]{1,4})?(-w[0-9]{1,5})?\.(jpg|png|gif|webp)$")]
    private static partial Regex Pattern();
}
