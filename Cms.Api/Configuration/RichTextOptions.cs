namespace Cms.Api.Configuration;

/// <summary>The "Cms:RichText" section: what article bodies may contain beyond the fixed allow-list.</summary>
public sealed class RichTextOptions
{
    /// <summary>The video players editors may embed, as https URL prefixes.</summary>
    /// <remarks>
    /// Unset: <see cref="DefaultIframeSources"/>. Set: exactly the listed prefixes (a single empty
    /// entry allows no embeds). Null rather than pre-filled because the configuration binder
    /// appends configured entries to a pre-filled array instead of replacing it.
    /// </remarks>
    public string[]? AllowedIframeSources { get; set; }

    public static IReadOnlyList<string> DefaultIframeSources { get; } =
    [
        "https://www.youtube.com/embed/",
        "https://www.youtube-nocookie.com/embed/",
        "https://player.vimeo.com/video/",
    ];

    public IReadOnlyList<string> IframeSources =>
        AllowedIframeSources is null
            ? DefaultIframeSources
            : AllowedIframeSources.Where(s => !string.IsNullOrWhiteSpace(s)).ToList();
}
