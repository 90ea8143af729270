using Cms.Domain.Media;
using Cms.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cms.Infrastructure.Media;

/// <summary>
/// The size in pixels of an image the media library holds, found by the address content names
/// it at ("/media/2026/11/3f2a….jpg", or one of its renditions "…-w800.webp"), so a cover picked
/// from the library carries its size and nobody has to download it to learn it.
/// </summary>
public static class MediaSizes
{
    /// <summary>
    /// By address, the size of each that names a library image or one of its renditions, in one
    /// query however many (a photo story's two hundred photos); addresses outside the library are left out.
    /// </summary>
    public static async Task<Dictionary<string, (int Width, int Height)>> OfUrlsAsync(CmsDbContext db, IEnumerable<string> urls, CancellationToken ct)
    {
        var keys = urls.Distinct().Select(url => (Url: url, Key: MediaKeys.FromUrl(url))).Where(u => u.Key is not null).ToList();
        if (keys.Count == 0)
        {
            return [];
        }

        var stems = keys.Select(k => MediaKeys.Stem(k.Key!)).Distinct().ToList();
        // substring(storage_key, 1, 40): the expression the index ix_media_assets_stem is on (as LibraryRenditions reads it).
        var assets = await db.MediaAssets.AsNoTracking().Where(a => stems.Contains(a.StorageKey.Substring(0, MediaKeys.StemLength)))
            .ToDictionaryAsync(a => MediaKeys.Stem(a.StorageKey), ct);
        var sizes = new Dictionary<string, (int Width, int Height)>();
        foreach (var (url, key) in keys)
        {
            if (assets.TryGetValue(MediaKeys.Stem(key!), out var asset) && SizeOf(asset, key!) is { } size)
            {
                sizes[url] = size;
            }
        }

        return sizes;
    }

    private static (int Width, int Height)? SizeOf(MediaAsset asset, string key) =>
        asset.StorageKey == key ? (asset.Width, asset.Height)
        : asset.Renditions.FirstOrDefault(r => r.StorageKey == key) is { } rendition ? (rendition.Width, rendition.Height) : null;
}
