using AngleSharp.Dom;
using Cms.Api.Configuration;
using Ganss.Xss;

namespace Cms.Api.Security;

/// <summary>
/// The HTML an article body may keep: what a newsroom editor produces (text formatting,
/// headings, lists, quotes, links, figures, tables, video embeds) and nothing that runs code,
/// loads active content, restyles the page or submits data. Everything is allow-listed:
/// tags, attributes per tag, URL schemes, one CSS property, iframe sources.
/// </summary>
internal sealed class RichTextSanitizer : HtmlSanitizer
{
    private static readonly string[] Tags =
    [
        "p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "strong", "em", "b", "i", "u", "s", "sub", "sup",
        "small", "mark", "cite", "q", "blockquote", "ul", "ol", "li", "a", "img", "figure", "figcaption",
        "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption", "span", "div", "pre", "code", "iframe",
    ];

    // Attributes are allowed per tag: a global list would let `allow` or `target` ride on any element.
    private static readonly Dictionary<string, HashSet<string>> AttributesByTag = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = ["href", "target", "rel"],
        ["img"] = ["src", "alt", "width", "height", "loading"],
        ["iframe"] = ["src", "width", "height", "allow", "allowfullscreen", "frameborder", "loading"],
        ["th"] = ["colspan", "rowspan", "scope"],
        ["td"] = ["colspan", "rowspan"],
    };

    // Any tag may carry a tooltip and an alignment (style keeps text-align only, see below).
    private static readonly HashSet<string> AttributesOfEveryTag = ["title", "style"];

    // Disallowed tags are unwrapped (pasted <font> or <section> keep their text), except these,
    // whose content is code, markup in another namespace, or not meant to be read: kept, their
    // children would reappear as text or, worse, re-parse as markup (mutation XSS).
    private static readonly HashSet<string> DroppedWithContent = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "template", "noscript", "noembed", "noframes", "xmp", "plaintext", "textarea",
        "title", "iframe", "frame", "frameset", "object", "embed", "applet", "svg", "math", "select", "head",
    };

    private static readonly HashSet<string> SafeLinkRelations = ["nofollow", "noopener", "noreferrer", "ugc", "sponsored", "external"];

    private readonly EmbedAllowList embeds;

    private RichTextSanitizer(EmbedAllowList embeds)
        : base(new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(Tags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(AttributesByTag.Values.SelectMany(a => a).Concat(AttributesOfEveryTag), StringComparer.OrdinalIgnoreCase),
            // Alignment is all an editor needs; no url(), expression(), behavior or position:fixed overlays.
            AllowedCssProperties = new HashSet<string>(["text-align"], StringComparer.OrdinalIgnoreCase),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
            // Relative URLs stay allowed; data: (inline documents and images) and javascript: do not.
            AllowedSchemes = new HashSet<string>(["http", "https", "mailto", "tel"], StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href", "src"], StringComparer.OrdinalIgnoreCase),
        })
    {
        this.embeds = embeds;
        KeepChildNodes = true;
        RemovingTag += (_, e) =>
        {
            if (DroppedWithContent.Contains(e.Tag.LocalName))
            {
                e.Tag.InnerHtml = string.Empty;
            }
        };
        // The library's allow-lists are global; what depends on the tag is enforced after its pass.
        PostProcessNode += (_, e) =>
        {
            if (e.Node is IElement element)
            {
                RestrictToTag(element);
            }
        };
    }

    public static IHtmlSanitizer Create(RichTextOptions options) => new RichTextSanitizer(new EmbedAllowList(options.IframeSources));

    private void RestrictToTag(IElement element)
    {
        if (element.LocalName == "iframe" && !embeds.Allows(element.GetAttribute("src")))
        {
            element.Remove();
            return;
        }

        foreach (var attribute in element.Attributes.ToList())
        {
            if (!AttributesOfEveryTag.Contains(attribute.Name)
                && !(AttributesByTag.TryGetValue(element.LocalName, out var allowed) && allowed.Contains(attribute.Name)))
            {
                element.RemoveAttribute(attribute.Name);
            }
        }

        if (element.LocalName == "a")
        {
            HardenLink(element);
        }
    }

    /// <summary>
    /// A link opening a new tab must not hand the portal's window to the target (reverse
    /// tabnabbing), so _blank always gets noopener noreferrer; other targets (named frames) go,
    /// and rel keeps only harmless words ("opener" would undo the protection).
    /// </summary>
    private static void HardenLink(IElement link)
    {
        var opensNewTab = string.Equals(link.GetAttribute("target")?.Trim(), "_blank", StringComparison.OrdinalIgnoreCase);
        link.RemoveAttribute("target");
        var relations = (link.GetAttribute("rel") ?? string.Empty)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(r => r.ToLowerInvariant())
            .Where(SafeLinkRelations.Contains)
            .Concat(opensNewTab ? ["noopener", "noreferrer"] : [])
            .Distinct()
            .ToList();
        link.RemoveAttribute("rel");
        if (opensNewTab)
        {
            link.SetAttribute("target", "_blank");
        }

        if (relations.Count > 0)
        {
            link.SetAttribute("rel", string.Join(' ', relations));
        }
    }
}
