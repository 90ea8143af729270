using Cms.Domain.Media;

namespace Cms.Api.Media;

/// <summary>
/// An image in the media library. URLs are root-relative: resolve them against the API's
/// address. <c>Version</c> is what the ETag holds: send it as If-Match ("\"version\"") to edit or delete from a list.
/// </summary>
public sealed record MediaResponse(long Id, string Url, string FileName, string ContentType, int Width, int Height, long SizeBytes,
    string? Caption, string? Alt, FocalPointResponse FocalPoint, IReadOnlyList<RenditionResponse> Renditions,
    DateTimeOffset? CreatedAt, string? CreatedBy, DateTimeOffset? UpdatedAt, string? UpdatedBy, uint Version)
{
    public static MediaResponse From(MediaAsset asset) => new(asset.Id, MediaEndpoints.UrlOf(asset.StorageKey), asset.FileName, asset.ContentType,
        asset.Width, asset.Height, asset.SizeBytes, asset.Caption, asset.Alt, new FocalPointResponse(asset.FocalX, asset.FocalY),
        asset.Renditions.Select(r => new RenditionResponse(r.Name, r.Ratio, MediaEndpoints.UrlOf(r.StorageKey), r.Width, r.Height, r.ContentType, r.SizeBytes)).ToList(),
        asset.CreatedAt, asset.CreatedBy, asset.UpdatedAt, asset.UpdatedBy, asset.Version);
}

/// <summary>
/// A smaller copy: "w320" for list thumbnails, "w800" for phones, "w1600" for wide screens, in the
/// original's shape (ratio "original") or cropped ("16:9", "4:3", "1:1"), as JPEG/PNG or WebP.
/// </summary>
public sealed record RenditionResponse(string Name, string Ratio, string Url, int Width, int Height, string ContentType, long SizeBytes);
