namespace Cms.Api.Configuration;

/// <summary>
/// The "Cms:Site" section: the separately deployed public site, whose URLs the API puts in
/// RSS feeds and sitemaps. The path patterns are the site's own (frontend/src/routes.ts);
/// a site with other URLs changes them here.
/// </summary>
public sealed class SiteOptions
{
    /// <summary>The public site's address, e.g. "https://baosoctrang.vn" (scripts/run.sh sets its own).</summary>
    public string BaseUrl { get; set; } = "http://localhost:5173";

    /// <summary>The portal's name: RSS channel titles, the Google News publication name.</summary>
    public string Name { get; set; } = "Trang thông tin điện tử tổng hợp";

    public string ArticlePath { get; set; } = "/bai-viet/{slug}";

    public string InterviewPath { get; set; } = "/phong-van/{slug}";

    public string VideoPath { get; set; } = "/video/{slug}";

    public string PhotoStoryPath { get; set; } = "/anh/{slug}";

    public string SectionPath { get; set; } = "/chuyen-muc/{slug}";

    public string TagPath { get; set; } = "/tu-khoa/{slug}";

    /// <summary>The page that shows a preview link's item to someone without an account (Api/Previews).</summary>
    public string PreviewPath { get; set; } = "/xem-truoc/{token}";

    public static bool IsValidBaseUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment);
}
