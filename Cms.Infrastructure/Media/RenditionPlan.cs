using Cms.Domain.Media;

namespace Cms.Infrastructure.Media;

/// <summary>
/// Which renditions an image gets: for the original's shape and each crop ratio, each configured
/// width the frame is at least as wide as (never upscaled; the original's own width is the
/// original), in the original's kind (PNG where it has transparency, JPEG otherwise) and in WebP.
/// </summary>
public static class RenditionPlan
{
    public static IReadOnlyList<PlannedRendition> For(InspectedImage image, IEnumerable<int> widths, double focalX, double focalY)
    {
        var (contentType, extension) = image.HasAlpha ? ("image/png", "png") : ("image/jpeg", "jpg");
        var sorted = widths.Where(w => w > 0).Distinct().Order().ToList();
        var plan = new List<PlannedRendition>();
        foreach (var ratio in CropRatio.All)
        {
            var frame = ratio.IsCrop
                ? CropFrame.Around(image.Width, image.Height, ratio.Across, ratio.Down, focalX, focalY)
                : new CropFrame(0, 0, image.Width, image.Height);
            foreach (var width in sorted.Where(w => ratio.IsCrop ? w <= frame.Width : w < frame.Width))
            {
                var height = Math.Max(1, (int)Math.Round((double)frame.Height * width / frame.Width));
                plan.Add(new(ratio.Name, width, height, frame, contentType, extension));
                plan.Add(new(ratio.Name, width, height, frame, "image/webp", "webp"));
            }
        }

        return plan;
    }
}
