namespace Cms.Infrastructure.Media;

/// <summary>A rectangle of the upright original, in pixels.</summary>
public sealed record CropFrame(int Left, int Top, int Width, int Height)
{
    /// <summary>
    /// The largest frame of <paramref name="across"/>:<paramref name="down"/> inside a picture of
    /// <paramref name="width"/>×<paramref name="height"/>, centred on the focal point as far as
    /// the picture's edges allow (a subject at the edge ends at the frame's edge, never beyond it).
    /// </summary>
    public static CropFrame Around(int width, int height, int across, int down, double focalX, double focalY)
    {
        var (frameWidth, frameHeight) = (long)width * down > (long)height * across
            ? (Math.Max(1, (int)Math.Round((double)height * across / down)), height)
            : (width, Math.Max(1, (int)Math.Round((double)width * down / across)));
        return new(Place(width, frameWidth, focalX), Place(height, frameHeight, focalY), frameWidth, frameHeight);
    }

    private static int Place(int whole, int part, double focal) =>
        Math.Clamp((int)Math.Round(focal * whole - part / 2.0), 0, whole - part);
}
