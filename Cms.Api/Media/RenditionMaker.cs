using Cms.Api.Configuration;
using Cms.Domain.Media;
using Cms.Infrastructure.Media;
using Microsoft.Extensions.Options;

namespace Cms.Api.Media;

/// <summary>
/// Gives an asset the renditions its focal point calls for (<see cref="RenditionPlan"/>): makes
/// and stores only those it lacks, then sets its list to exactly those. Used on upload, when
/// the focal point moves, and by the regenerate-crops command for images uploaded before crops
/// existed; so running it twice makes nothing the second time. The caller saves the asset.
/// </summary>
internal sealed class RenditionMaker(IMediaStore store, IOptions<CmsOptions> options)
{
    /// <summary>How many files it made; each key written is added to <paramref name="written"/> (to remove them if the save fails).</summary>
    public async Task<int> CompleteAsync(MediaAsset asset, byte[]? original, List<string> written, CancellationToken ct)
    {
        // Whether renditions are PNG or JPEG depends on the original's transparency: a JPEG has none, others are read to find out.
        if (original is null && asset.ContentType != "image/jpeg")
        {
            original = await ReadAsync(asset.StorageKey, ct);
        }

        var image = new InspectedImage(asset.ContentType, string.Empty, asset.Width, asset.Height, original is not null && ImageProcessor.Inspect(original) is { HasAlpha: true });
        var plan = RenditionPlan.For(image, options.Value.Media.RenditionWidths, asset.FocalX, asset.FocalY)
            .Select(p => (Plan: p, Key: MediaKeys.Rendition(asset.StorageKey, p, asset.FocalX, asset.FocalY))).ToList();
        var have = asset.Renditions.ToDictionary(r => r.StorageKey);
        var missing = plan.Where(p => !have.ContainsKey(p.Key)).ToList();
        var made = new Dictionary<string, MediaRendition>();
        if (missing.Count > 0)
        {
            original ??= await ReadAsync(asset.StorageKey, ct);
            foreach (var encoded in ImageProcessor.Encode(original, [.. missing.Select(m => m.Plan)]))
            {
                var key = MediaKeys.Rendition(asset.StorageKey, encoded.Plan, asset.FocalX, asset.FocalY);
                written.Add(key);
                await store.WriteAsync(key, encoded.Bytes, ct);
                made[key] = new MediaRendition(NameOf(encoded.Plan), encoded.Plan.Ratio, key, encoded.Plan.ContentType, encoded.Plan.Width, encoded.Plan.Height, encoded.Bytes.Length);
            }
        }

        asset.ReplaceRenditions(plan.Select(p => have.GetValueOrDefault(p.Key) ?? made.GetValueOrDefault(p.Key)).OfType<MediaRendition>());
        return made.Count;
    }

    /// <summary>"w320" (the original's shape, its own kind), "w320-webp", "16x9-w320", "16x9-w320-webp".</summary>
    private static string NameOf(PlannedRendition plan)
    {
        var ratio = CropRatio.All.Single(r => r.Name == plan.Ratio);
        return (ratio.IsCrop ? ratio.Code + "-" : string.Empty) + $"w{plan.Width}" + (plan.IsWebp ? "-webp" : string.Empty);
    }

    private async Task<byte[]> ReadAsync(string key, CancellationToken ct)
    {
        await using var stream = await store.OpenReadAsync(key, ct) ?? throw new InvalidOperationException($"The original {key} is missing from the media store.");
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, ct);
        return copy.ToArray();
    }
}
