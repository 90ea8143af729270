using System.Text.RegularExpressions;

namespace Cms.Infrastructure.Media;

/// <summary>
/// Storage keys: "yyyy/MM/&lt;32 hex&gt;.ext" for an original and "…-w320.ext" for its renditions.
/// Random, so a URL reveals nothing and never needs to change; checked against one pattern
/// before any store sees a key taken from a request, so no path can escape the store.
/// </summary>
public static partial class MediaKeys
{
    public static string NewOriginal(DateTimeOffset now, string extension) =>
        $"{now:yyyy}/{now:MM}/{Guid.NewGuid():N}.{extension}";

    public static string Rendition(string originalKey, int width, string extension) =>
        $"{originalKey[..originalKey.LastIndexOf('.')]}-w{width}.{extension}";

    /// <summary>
    /// What the key of the original starts with, for an original's key or one of its renditions'
    /// (<see cref="Rendition"/>: the same name with "-w800" added, perhaps another extension).
    /// </summary>
    public static string OriginalStem(string key)
    {
        var dash = key.LastIndexOf("-w", StringComparison.Ordinal);
        return (dash > key.LastIndexOf('/') ? key[..dash] : key[..key.LastIndexOf('.')]) + ".";
    }

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

    [GeneratedRegex(@"^[0-9]{4}/[0-9]{2}/[0-9a-f]{32}(-w[0-9]{1,5})?\.(jpg|png|gif|webp)$")]
    private static partial Regex Pattern();
}
