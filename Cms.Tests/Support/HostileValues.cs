using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cms.Tests.Support;

/// <summary>
/// The values the hostile-value batteries put in every query parameter, route value and body field:
/// empty, blank, NUL, NUL inside text, the noncharacter U+FFFE, 5,000 characters, zero, the largest
/// int, numbers out of range, negative and 1e309, a lone surrogate, invalid UTF-8, control
/// characters, an encoded slash, tone-marked text in NFD, SQL and HTML fragments.
/// </summary>
public static class HostileValues
{
    private static readonly string Nfd = "Sóc Trăng".Normalize(NormalizationForm.FormD);
    private const string Sql = "' OR 1=1; DROP TABLE users; --";
    private const string Html = "<script>alert(1)</script><img src=x onerror=alert(1)>";
    private static readonly string Long = new('ấ', 5000);

    public static readonly Hostile[] All =
    [
        new("empty", "", "\"\""),
        new("blank", "%20%20", "\"  \""),
        new("NUL", "%00", "\"\\u0000\"", NotText: true, InPath: false),
        new("NUL inside text", "soc%00trang", "\"soc\\u0000trang\"", NotText: true, InPath: false),
        new("noncharacter U+FFFE", "a%EF%BF%BEb", "\"a\\ufffeb\"", NotText: true),
        new("5,000 characters", Uri.EscapeDataString(Long), JsonSerializer.Serialize(Long)),
        new("zero", "0", "0"),
        new("largest int", "2147483647", "2147483647"),
        new("number out of range", "99999999999999999999", "99999999999999999999"),
        new("negative number", "-1", "-1"),
        new("1e309", "1e309", "1e309"),
        new("lone surrogate", "%ED%A0%80", "\"\\ud800\""),
        new("invalid UTF-8", "%FF%FE", "\"\\ufffd\\ufffd\""), // JSON text cannot hold it (BadInputTests sends such bytes): what a decoder makes of it
        new("control character", "a%01b%1B", "\"a\\u0001b\\u001b\""),
        new("encoded slash", "a%2Fb", "\"a/b\""),
        new("NFD tone marks", Uri.EscapeDataString(Nfd), JsonSerializer.Serialize(Nfd)),
        new("SQL", Uri.EscapeDataString(Sql), JsonSerializer.Serialize(Sql)),
        new("HTML", Uri.EscapeDataString(Html), JsonSerializer.Serialize(Html)),
    ];

    /// <summary>Checks one answer: harmless, and for a character that is never text a 400 naming <paramref name="field"/>.</summary>
    public static async Task CheckAsync(HttpResponseMessage response, Hostile value, string field, string what, List<string> wrong)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Battery.AssertHarmless(response, text, what, wrong);
        var errors = (int)response.StatusCode == 400 ? JsonNode.Parse(text)?.As<ProblemBody>().Errors : null;
        // In a path segment that no route takes as a value ("{id:long}"), it is named "path".
        if (value.NotText && errors?.ContainsKey(field) != true && errors?.ContainsKey("path") != true)
        {
            wrong.Add($"{what}: {value.What} must be a 400 naming {field}; got {(int)response.StatusCode} {text[..Math.Min(200, text.Length)]}");
        }
    }
}

/// <summary>
/// One hostile value: as it goes in a URL, as a JSON token, whether it holds a character that is
/// never text (NotText: a 400 naming the field), and whether it can be sent in a path (Kestrel
/// refuses a NUL there before the app sees it).
/// </summary>
public sealed record Hostile(string What, string Url, string Json, bool NotText = false, bool InPath = true);
