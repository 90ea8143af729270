using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Cms.Domain.Common;

/// <summary>
/// Text hygiene applied to everything the domain stores. Vietnamese text often
/// arrives decomposed (NFD) from Word or macOS; stored text is always NFC so that
/// equality, search and length limits behave the same whatever the source.
/// </summary>
public static partial class Text
{
    public static string Clean(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Trim().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Like <see cref="Clean"/>, but empty or blank text becomes null.</summary>
    public static string? CleanOptional(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : Clean(value);

    /// <summary>The readable text of (sanitized) HTML: tags become spaces, entities are decoded.</summary>
    public static string FromHtml(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var text = WebUtility.HtmlDecode(Tag().Replace(html, " "));
        return Spaces().Replace(text, " ").Trim();
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"[ \t\r\f\v]+")]
    private static partial Regex Spaces();
}
