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
    /// <summary>The size, or null for an address outside the library (another site's image, a demo file).</summary>
    public static async Task<(int Width, int Height)?> OfUrlAsync(CmsDbContext db, string url, CancellationToken ct)
    {
        if (MediaKeys.FromUrl(url) is not { } key)
        {
            return null;
        }

        var stem = MediaKeys.OriginalStem(key);
        var asset = await db.MediaAssets.AsNoTracking().FirstOrDefaultAsync(a => a.StorageKey.StartsWith(stem), ct);
        if (asset is null)
        {
            return null;
        }

        if (asset.StorageKey == key)
        {
            return (asset.Width, asset.Height);
        }

        return asset.Renditions.FirstOrDefault(r => r.StorageKey == key) is { } rendition ? (rendition.Width, rendition.Height) : null;
    }
}
