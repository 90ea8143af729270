using System.Text;

namespace Cms.Domain.Common;

/// <summary>
/// Text hygiene applied to everything the domain stores. Vietnamese text often
/// arrives decomposed (NFD) from Word or macOS; stored text is always NFC so that
/// equality, search and length limits behave the same whatever the source.
/// </summary>
public static class Text
{
    public static string Clean(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Trim().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Like <see cref="Clean"/>, but empty or blank text becomes null.</summary>
    public static string? CleanOptional(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : Clean(value);
}
