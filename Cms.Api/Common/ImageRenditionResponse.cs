namespace Cms.Api.Common;

/// <summary>
/// A copy of a library picture to choose from (srcset): its shape ("original", "16:9", "4:3",
/// "1:1"; crops keep the focal point in frame), type (image/jpeg, image/png or image/webp),
/// size in pixels and address (root-relative, like the picture's own).
/// </summary>
public sealed record ImageRenditionResponse(string Ratio, string ContentType, int Width, int Height, string Url);
