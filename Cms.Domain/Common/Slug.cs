using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Cms.Domain.Common;

/// <summary>
/// URL slugs from Vietnamese titles: "Năm 2024, Đảng bộ thành phố" → "nam-2024-dang-bo-thanh-pho".
/// Tone marks are stripped by decomposing and dropping combining marks; đ/Đ has no
/// decomposition in Unicode, so it is mapped by hand.
/// </summary>
public static partial class Slug
{
    public const int MaxLength = 120;

    public static string FromTitle(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var decomposed = title.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingHyphen = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var ascii = c switch
            {
                'đ' or 'Đ' => 'd',
                _ => char.ToLowerInvariant(c),
            };
            if (ascii is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                builder.Append(ascii);
                pendingHyphen = false;
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return Truncate(builder.ToString());
    }

    /// <summary>
    /// Words the API's routes use where a slug could stand: GET /articles/batch reads many
    /// items, so no item may be called "batch".
    /// </summary>
    public static readonly IReadOnlySet<string> Reserved = new HashSet<string>(StringComparer.Ordinal) { "batch" };

    /// <summary>What <see cref="IsValid"/> asks, as an editor reads it.</summary>
    public static readonly string Rule = "slug must be lower-case letters, digits and single hyphens, contain a letter, be at most "
        + MaxLength.ToString(CultureInfo.InvariantCulture) + " characters, and not be " + string.Join(" or ", Reserved.Select(w => $"\"{w}\"")) + ".";

    /// <summary>
    /// A valid slug: lower-case ASCII words joined by single hyphens, with at least
    /// one letter, so that a slug can never be mistaken for a numeric id in a URL,
    /// and not a <see cref="Reserved"/> word.
    /// </summary>
    public static bool IsValid(string? slug) =>
        slug is { Length: > 0 and <= MaxLength } && SlugPattern().IsMatch(slug) && slug.Any(char.IsAsciiLetterLower) && !Reserved.Contains(slug);

    /// <summary>The n-th alternative for a taken slug: "x", "x-2", "x-3", ...</summary>
    public static string WithSuffix(string slug, int n)
    {
        if (n <= 1)
        {
            return slug;
        }

        var suffix = "-" + n.ToString(CultureInfo.InvariantCulture);
        return Truncate(slug, MaxLength - suffix.Length) + suffix;
    }

    private static string Truncate(string slug, int max = MaxLength)
    {
        if (slug.Length <= max)
        {
            return slug;
        }

        // Cut at a word boundary so a slug never ends in half a word.
        var cut = slug.LastIndexOf('-', max);
        return (cut > 0 ? slug[..cut] : slug[..max]).TrimEnd('-');
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();
}
