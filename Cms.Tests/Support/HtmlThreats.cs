using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Cms.Tests.Support;

/// <summary>
/// What a browser would build from stored HTML, checked for anything that could run script,
/// load active content, leave the page or restyle it. Parsed with scripting on, as a browser
/// does (that is what makes noscript-based mutation XSS work), independently of the sanitizer.
/// </summary>
public static class HtmlThreats
{
    private static readonly string[] ActiveElements =
    [
        "script", "style", "object", "embed", "applet", "base", "meta", "link", "form", "input", "button",
        "textarea", "select", "svg", "math", "frame", "frameset", "template", "noscript",
    ];

    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "data", "poster", "background", "xlink:href"];

    private static readonly string[] EmbedPrefixes =
        ["https://www.youtube.com/embed/", "https://www.youtube-nocookie.com/embed/", "https://player.vimeo.com/video/"];

    public static IReadOnlyList<string> Find(string html)
    {
        var document = new HtmlParser(new HtmlParserOptions { IsScripting = true }).ParseDocument("<!doctype html><body>" + html);
        return [.. document.Body!.QuerySelectorAll("*").SelectMany(Threats)];
    }

    private static IEnumerable<string> Threats(IElement element)
    {
        var name = element.LocalName;
        if (ActiveElements.Contains(name))
        {
            yield return $"<{name}> element";
        }

        if (name == "iframe" && !EmbedPrefixes.Any(p => element.GetAttribute("src")?.StartsWith(p, StringComparison.Ordinal) == true))
        {
            yield return $"iframe from {element.GetAttribute("src")}";
        }

        foreach (var attribute in element.Attributes)
        {
            var value = new string([.. attribute.Value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c))]).ToLowerInvariant();
            if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || attribute.Name is "srcdoc" or "srcset")
            {
                yield return $"{attribute.Name} attribute on <{name}>";
            }
            else if (UrlAttributes.Contains(attribute.Name) && (value.StartsWith("javascript:", StringComparison.Ordinal)
                || value.StartsWith("vbscript:", StringComparison.Ordinal) || value.StartsWith("data:", StringComparison.Ordinal)))
            {
                yield return $"{attribute.Name}=\"{attribute.Value}\" on <{name}>";
            }
            else if (attribute.Name == "style" && !value.Split(';', StringSplitOptions.RemoveEmptyEntries).All(d => d.StartsWith("text-align:", StringComparison.Ordinal)))
            {
                yield return $"style=\"{attribute.Value}\" on <{name}>";
            }
        }
    }
}
