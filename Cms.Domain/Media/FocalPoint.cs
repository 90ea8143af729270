namespace Cms.Domain.Media;

/// <summary>
/// The rule for a focal point's coordinates: fractions of the picture's width and height,
/// 0 to 1, kept to thousandths (what a click can mean; it also names the crops' files).
/// </summary>
public static class FocalPoint
{
    public const double Centre = 0.5;

    public static bool IsValid(double value) => value is >= 0 and <= 1 && double.IsFinite(value);

    public static double Round(double value) => Math.Round(value, 3, MidpointRounding.AwayFromZero);

    /// <summary>Thousandths, 0 to 1000, as crops' file names carry them.</summary>
    public static int Thousandths(double value) => (int)Math.Round(value * 1000, MidpointRounding.AwayFromZero);
}
