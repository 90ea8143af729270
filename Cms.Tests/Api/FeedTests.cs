using System.Globalization;
using System.Net.Http.Headers;
using System.Xml.Linq;
using Cms.Tests.Support;

namespace Cms.Tests.Api;

/// <summary>
/// RSS 2.0 and sitemaps: well-formed XML, the public site's URLs (Cms:Site), published items
/// only, newest first, live on publish, and cacheable with ETags like every public GET.
/// </summary>
public sealed class FeedTests(FeedTests.App app) : IClassFixture<FeedTests.App>
{
    private const string Site = "https://baosoctrang.example.vn";
    private const string SiteName = "Báo Sóc Trăng điện tử";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace News = "http://www.google.com/schemas/sitemap-news/0.9";
    private static readonly XNamespace DublinCore = "http://purl.org/dc/elements/1.1/";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_rss_feed_lists_the_newest_published_items_with_the_sites_links()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var draft = await CreateAsync(editor, "articles", Samples.Article("Bản nháp chưa đăng RSS"));
        var video = await PublishAsync(editor, "videos", Samples.Video("Phim tư liệu Óoc Om Bóc RSS"));
        var before = await GetXmlAsync(reader, "/api/v1/feeds/rss"); // cached from here on
        var article = await PublishAsync(editor, "articles", Samples.Article("Sóc Trăng đón “Tết” sớm & vui RSS"));

        var response = await reader.GetAsync("/api/v1/feeds/rss", Ct);
        Assert.Equal("application/rss+xml", response.Content.Headers.ContentType?.MediaType);
        var rss = XDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal("2.0", (string?)rss.Root!.Attribute("version"));
        var channel = rss.Root.Element("channel")!;
        Assert.Equal(SiteName, (string?)channel.Element("title"));
        Assert.Equal(Site + "/", (string?)channel.Element("link"));
        Assert.Equal("vi", (string?)channel.Element("language"));

        var items = channel.Elements("item").ToList();
        Assert.Equal(article.Title, (string?)items[0].Element("title")); // the publish shows at once, cache or not
        Assert.Equal($"{Site}/bai-viet/{article.Slug}", (string?)items[0].Element("link"));
        Assert.Equal($"{Site}/bai-viet/{article.Slug}", (string?)items[0].Element("guid"));
        Assert.Equal("true", (string?)items[0].Element("guid")!.Attribute("isPermaLink"));
        Assert.Equal((string?)Samples.Article()["summary"], (string?)items[0].Element("description"));
        Assert.Equal("Lê Vũ", (string?)items[0].Element(DublinCore + "creator"));
        Assert.Equal($"{Site}/video/{video.Slug}", (string?)items[1].Element("link"));
        var published = items.Select(i => DateTimeOffset.ParseExact((string)i.Element("pubDate")!, "r", CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(published.OrderByDescending(p => p), published);
        Assert.DoesNotContain(draft.Title, rss.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(article.Title, before.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_section_feed_holds_the_section_and_its_sub_sections_only()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var marker = Guid.NewGuid().ToString("N")[..6];
        var economy = await editor.PostJsonAsync("/api/v1/manage/categories", new { name = $"Kinh tế {marker}" });
        var farming = await editor.PostJsonAsync("/api/v1/manage/categories", new { name = $"Nông nghiệp {marker}", parentId = (int)economy["id"]! });
        var culture = await editor.PostJsonAsync("/api/v1/manage/categories", new { name = $"Văn hóa {marker}" });
        var inFarming = await PublishAsync(editor, "articles", WithCategory(Samples.Article($"Lúa ST25 được mùa {marker}"), farming));
        var inCulture = await PublishAsync(editor, "articles", WithCategory(Samples.Article($"Lễ hội đua ghe Ngo {marker}"), culture));

        var rss = await GetXmlAsync(reader, $"/api/v1/feeds/rss?category={economy["slug"]}");
        var channel = rss.Root!.Element("channel")!;
        Assert.Equal($"Kinh tế {marker} – {SiteName}", (string?)channel.Element("title"));
        Assert.Equal($"{Site}/chuyen-muc/{economy["slug"]}", (string?)channel.Element("link"));
        var item = Assert.Single(channel.Elements("item"));
        Assert.Equal(inFarming.Title, (string?)item.Element("title"));
        Assert.Equal($"Nông nghiệp {marker}", (string?)item.Element("category"));
        Assert.DoesNotContain(inCulture.Title, rss.ToString(), StringComparison.Ordinal);

        await (await reader.GetAsync("/api/v1/feeds/rss?category=khong-co-muc-nay", Ct)).AssertProblemAsync(404);
    }

    [Fact]
    public async Task A_tag_feed_holds_the_published_items_with_the_tag_and_links_to_its_page()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var marker = Guid.NewGuid().ToString("N")[..6];
        var tagName = $"Đua ghe Ngo {marker}";
        var tagged = await PublishAsync(editor, "videos", Samples.Video($"Phim đua ghe {marker}").WithTags(tagName));
        var other = await PublishAsync(editor, "articles", Samples.Article($"Tin khác {marker}"));
        var draft = await CreateAsync(editor, "articles", Samples.Article($"Nháp đua ghe {marker}", tagName));
        var slug = $"dua-ghe-ngo-{marker}";

        var rss = await GetXmlAsync(reader, $"/api/v1/feeds/rss?tag={slug}");
        var channel = rss.Root!.Element("channel")!;
        Assert.Equal($"Từ khóa: {tagName} – {SiteName}", (string?)channel.Element("title"));
        Assert.Equal($"{Site}/tu-khoa/{slug}", (string?)channel.Element("link"));
        var item = Assert.Single(channel.Elements("item"));
        Assert.Equal(tagged.Title, (string?)item.Element("title"));
        Assert.Equal($"{Site}/video/{tagged.Slug}", (string?)item.Element("link"));
        Assert.DoesNotContain(other.Title, rss.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(draft.Title, rss.ToString(), StringComparison.Ordinal);

        // A tag no published item carries is not found, as its page is.
        await CreateAsync(editor, "articles", Samples.Article($"Nháp riêng {marker}", $"Chỉ nháp {marker}"));
        await (await reader.GetAsync($"/api/v1/feeds/rss?tag=chi-nhap-{marker}", Ct)).AssertProblemAsync(404);
        await (await reader.GetAsync("/api/v1/feeds/rss?tag=khong-co-tu-khoa-nay", Ct)).AssertProblemAsync(404);
    }

    [Fact]
    public async Task The_sitemaps_list_every_published_item_and_section_with_the_sites_urls()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var section = await editor.PostJsonAsync("/api/v1/manage/categories", new { name = "Thời sự " + Guid.NewGuid().ToString("N")[..6] });
        var article = await PublishAsync(editor, "articles", WithCategory(Samples.Article("Bài trong sitemap"), section));
        var interview = await PublishAsync(editor, "interviews", Samples.Interview("Phỏng vấn trong sitemap"));
        var draft = await CreateAsync(editor, "articles", Samples.Article("Bản nháp ngoài sitemap"));

        var index = await GetXmlAsync(reader, "/api/v1/feeds/sitemap.xml");
        Assert.Equal(Sitemap + "sitemapindex", index.Root!.Name);
        var sitemaps = index.Root.Elements(Sitemap + "sitemap").Select(s => new Uri((string)s.Element(Sitemap + "loc")!)).ToList();
        Assert.Equal(new[] { "/api/v1/feeds/sitemap-sections.xml", "/api/v1/feeds/sitemap-items.xml" }, sitemaps.Select(u => u.AbsolutePath));
        Assert.Equal("?page=1", sitemaps[1].Query);

        var items = await GetXmlAsync(reader, sitemaps[1].PathAndQuery);
        var urls = items.Root!.Elements(Sitemap + "url").ToDictionary(u => (string)u.Element(Sitemap + "loc")!, u => (string)u.Element(Sitemap + "lastmod")!);
        Assert.Contains($"{Site}/bai-viet/{article.Slug}", urls.Keys);
        Assert.Contains($"{Site}/phong-van/{interview.Slug}", urls.Keys);
        Assert.DoesNotContain(urls.Keys, u => u.EndsWith("/" + draft.Slug, StringComparison.Ordinal));
        // W3C dates in the portal's time zone (Asia/Ho_Chi_Minh).
        Assert.EndsWith("+07:00", urls[$"{Site}/bai-viet/{article.Slug}"], StringComparison.Ordinal);
        Assert.True(DateTimeOffset.TryParse(urls[$"{Site}/bai-viet/{article.Slug}"], CultureInfo.InvariantCulture, out _));

        var sections = await GetXmlAsync(reader, sitemaps[0].PathAndQuery);
        var pages = sections.Root!.Elements(Sitemap + "url").Select(u => (string)u.Element(Sitemap + "loc")!).ToList();
        Assert.Equal(Site + "/", pages[0]);
        Assert.Contains($"{Site}/chuyen-muc/{section["slug"]}", pages);

        await (await reader.GetAsync("/api/v1/feeds/sitemap-items.xml?page=2", Ct)).AssertProblemAsync(404);
        await (await reader.GetAsync("/api/v1/feeds/sitemap-items.xml?page=0", Ct)).AssertProblemAsync(400);
    }

    [Fact]
    public async Task The_news_sitemap_holds_articles_and_interviews_of_the_last_two_days()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var older = await PublishAsync(editor, "articles", Samples.Article("Tin của ba ngày trước"));
        var video = await PublishAsync(editor, "videos", Samples.Video("Phim không vào Google News"));
        Assert.Contains(older.Title, (await GetXmlAsync(reader, "/api/v1/feeds/news-sitemap.xml")).ToString(), StringComparison.Ordinal);

        app.Clock.Advance(TimeSpan.FromDays(3));
        var fresh = await PublishAsync(editor, "articles", Samples.Article("Tin nóng hôm nay"));

        var news = await GetXmlAsync(reader, "/api/v1/feeds/news-sitemap.xml");
        var url = Assert.Single(news.Root!.Elements(Sitemap + "url"));
        Assert.Equal($"{Site}/bai-viet/{fresh.Slug}", (string?)url.Element(Sitemap + "loc"));
        var entry = url.Element(News + "news")!;
        Assert.Equal(SiteName, (string?)entry.Element(News + "publication")!.Element(News + "name"));
        Assert.Equal("vi", (string?)entry.Element(News + "publication")!.Element(News + "language"));
        Assert.Equal(fresh.Title, (string?)entry.Element(News + "title"));
        Assert.Equal(app.Clock.GetUtcNow().ToUnixTimeSeconds(),
            DateTimeOffset.Parse((string)entry.Element(News + "publication_date")!, CultureInfo.InvariantCulture).ToUnixTimeSeconds());
        Assert.DoesNotContain(video.Title, news.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Feeds_carry_a_strong_etag_and_answer_a_matching_if_none_match_with_304()
    {
        using var editor = await app.EditorAsync();
        await PublishAsync(editor, "articles", Samples.Article("Bài cho ETag của RSS"));
        using var reader = app.Anonymous();
        var first = await reader.GetAsync("/api/v1/feeds/rss", Ct);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);
        Assert.StartsWith("public", first.Headers.CacheControl?.ToString(), StringComparison.Ordinal);

        using var conditional = new HttpRequestMessage(HttpMethod.Get, "/api/v1/feeds/rss");
        conditional.Headers.IfNoneMatch.Add(etag);
        var second = await reader.SendAsync(conditional, Ct);
        Assert.Equal(304, (int)second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync(Ct));
    }

    [Fact]
    public void The_default_site_paths_are_the_front_ends_own_routes()
    {
        var routes = Repository.Read("frontend", "src", "routes.ts");
        var site = new Cms.Api.Configuration.SiteOptions();
        Assert.Contains($"article: '{Segment(site.ArticlePath)}'", routes, StringComparison.Ordinal);
        Assert.Contains($"interview: '{Segment(site.InterviewPath)}'", routes, StringComparison.Ordinal);
        Assert.Contains($"video: '{Segment(site.VideoPath)}'", routes, StringComparison.Ordinal);
        Assert.Contains($"const SECTION = '{Segment(site.SectionPath)}'", routes, StringComparison.Ordinal);
        Assert.Contains($"const TAG = '{Segment(site.TagPath)}'", routes, StringComparison.Ordinal);

        static string Segment(string pattern) => pattern.Trim('/').Split('/')[0];
    }

    private static Dictionary<string, object?> WithCategory(Dictionary<string, object?> request, System.Text.Json.Nodes.JsonNode category)
    {
        request["categoryId"] = (int)category["id"]!;
        return request;
    }

    private static async Task<(long Id, string Slug, string Title)> CreateAsync(HttpClient editor, string route, Dictionary<string, object?> request)
    {
        var created = await editor.PostJsonAsync($"/api/v1/manage/{route}", request);
        return ((long)created["id"]!, (string)created["slug"]!, (string)created["title"]!);
    }

    private async Task<(long Id, string Slug, string Title)> PublishAsync(HttpClient editor, string route, Dictionary<string, object?> request)
    {
        app.Clock.Advance(TimeSpan.FromMinutes(1)); // distinct publication times, so the order is known
        var item = await CreateAsync(editor, route, request);
        await editor.PostJsonAsync($"/api/v1/manage/{route}/{item.Id}/publish", new { });
        return item;
    }

    private static async Task<XDocument> GetXmlAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        Assert.True(response.IsSuccessStatusCode, $"GET {url} answered {(int)response.StatusCode}: {body}");
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        return XDocument.Parse(body);
    }

    public sealed class App : CmsApp
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Cms:Site:BaseUrl"] = Site + "/",
            ["Cms:Site:Name"] = SiteName,
            // The news sitemap test moves the clock days ahead; the class's one sign-in must outlive that.
            ["Cms:Auth:TokenLifetime"] = "30.00:00:00",
        };
    }
}
