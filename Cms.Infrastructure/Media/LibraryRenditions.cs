using Cms.Domain.Media;
using Cms.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cms.Infrastructure.Media;

/// <summary>
/// The renditions of the library images that addresses name ("/media/2026/11/3f2a….jpg", or one
/// of its renditions), all in one query however many addresses a response holds (a list's
/// twenty covers cost one query, not twenty). Addresses outside the library have none.
/// </summary>
public static class LibraryRenditions
{
    /// <summary>By address, for each address that names a library image with renditions.</summary>
    public static async Task<Dictionary<string, IReadOnlyList<MediaRendition>>> ForUrlsAsync(CmsDbContext db, IEnumerable<string> urls, CancellationToken ct)
    {
        var stems = urls.Distinct().Select(url => (Url: url, Key: MediaKeys.FromUrl(url)))
            .Where(u => u.Key is not null).ToDictionary(u => u.Url, u => MediaKeys.Stem(u.Key!));
        if (stems.Count == 0)
        {
            return [];
        }

        var wanted = stems.Values.Distinct().ToList();
        // substring(storage_key, 1, 40): the expression the index ix_media_assets_stem is on.
        var assets = await db.MediaAssets.AsNoTracking().Where(a => wanted.Contains(a.StorageKey.Substring(0, MediaKeys.StemLength)))
            .ToDictionaryAsync(a => MediaKeys.Stem(a.StorageKey), ct);
        return stems.Where(s => assets.TryGetValue(s.Value, out var asset) && asset.Renditions.Count > 0)
            .ToDictionary(s => s.Key, s => assets[s.Value].Renditions);
    }
}
