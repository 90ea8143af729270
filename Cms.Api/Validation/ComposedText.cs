using System.Text;

namespace Cms.Api.Validation;

/// <summary>
/// Text a request sends, composed (NFC) before any rule measures it, as the domain stores it
/// (Domain/Common/Text). Composing usually shortens Vietnamese from Word or macOS, but a few
/// characters grow (U+0958, a Devanagari letter, becomes two): measured as sent, 300 of them
/// passed a 300-character limit and failed as a 600-character column value, a 500. JSON strings
/// come through Json/TextOnlyStringConverter; the one form with text (an upload's caption and
/// alt) through its handler.
/// </summary>
internal static class ComposedText
{
    public static string? Of(string? value) =>
        value is null || value.IsNormalized(NormalizationForm.FormC) ? value : value.Normalize(NormalizationForm.FormC);
}
