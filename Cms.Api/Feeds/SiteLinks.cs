using Cms.Api.Configuration;
using Cms.Domain.Content;
using Microsoft.Extensions.Options;

namespace Cms.Api.Feeds;

/// <summary>Absolute URLs of the public site's pages, for feeds and sitemaps (Cms:Site).</summary>
internal sealed class SiteLinks(IOptions<CmsOptions> options)
{
    private readonly SiteOptions site = options.Value.Site;

    public string SiteName => site.Name;

    public string Home => Base + "/";

    public string Item(ContentType type, string slug) => Fill(type switch
    {
        ContentType.Article => site.ArticlePath,
        ContentType.Interview => site.InterviewPath,
        ContentType.Video => site.VideoPath,
        ContentType.PhotoStory => site.PhotoStoryPath,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    }, slug);

    public string Section(string slug) => Fill(site.SectionPath, slug);

    public string Tag(string slug) => Fill(site.TagPath, slug);

    /// <summary>The site's page for a preview link (the token is URL-safe base64: nothing to escape).</summary>
    public string Preview(string token) => Base + "/" + site.PreviewPath.TrimStart('/').Replace("{token}", token, StringComparison.Ordinal);

    private string Base => site.BaseUrl.TrimEnd('/');

    private string Fill(string pattern, string slug) => Base + "/" + pattern.TrimStart('/').Replace("{slug}", Uri.EscapeDataString(slug), StringComparison.Ordinal);
}
