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

    // --- The site's RSS feed ------------------------------------------------------------------

    [Fact]
    public async Task The_rss_feed_is_rss_2_0_titled_and_linked_as_the_site()
    {
        using var reader = app.Anonymous();

        var response = await reader.GetAsync("/api/v1/feeds/rss", Ct);

        Assert.Equal("application/rss+xml", response.Content.Headers.ContentType?.MediaType);
        var rss = XDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal("2.0", (string?)rss.Root!.Attribute("version"));
        var channel = rss.Root.Element("channel")!;
        Assert.Equal(SiteName, (string?)channel.Element("title"));
        Assert.Equal(Site + "/", (string?)channel.Element("link"));
        Assert.Equal("vi", (string?)channel.Element("language"));
    }

    [Fact]
    public async Task A_publish_shows_in_the_rss_feed_at_once_cache_or_not()
    {
        var feed = await RssAsync("ngay");

        Assert.DoesNotContain(feed.Article.Title, feed.Before.ToString(), StringComparison.Ordinal);
        Assert.Equal(feed.Article.Title, (string?)feed.Items[0].Element("title"));
    }

    [Fact]
    public async Task An_rss_item_carries_its_site_link_as_permalink_its_summary_and_its_author()
    {
        var feed = await RssAsync("mục");

        var item = feed.Items[0];
        Assert.Equal($"{Site}/bai-viet/{feed.Article.Slug}", (string?)item.Element("link"));
        Assert.Equal($"{Site}/bai-viet/{feed.Article.Slug}", (string?)item.Element("guid"));
        Assert.Equal("true", (string?)item.Element("guid")!.Attribute("isPermaLink"));
        Assert.Equal((string?)Samples.Article()["summary"], (string?)item.Element("description"));
        Assert.Equal("Lê Vũ", (string?)item.Element(DublinCore + "creator"));
    }

    [Fact]
    public async Task A_videos_rss_item_links_to_the_sites_video_page()
    {
        var feed = await RssAsync("phim");

        Assert.Equal($"{Site}/video/{feed.Video.Slug}", (string?)feed.Items[1].Element("link"));
    }

    [Fact]
    public async Task The_rss_feed_lists_the_newest_first()
    {
        var feed = await RssAsync("thứ tự");

        var published = feed.Items.Select(i => DateTimeOffset.ParseExact((string)i.Element("pubDate")!, "r", CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(published.OrderByDescending(p => p), published);
    }

    [Fact]
    public async Task The_rss_feed_leaves_out_drafts()
    {
        var feed = await RssAsync("nháp");

        Assert.DoesNotContain(feed.Draft.Title, feed.Rss.ToString(), StringComparison.Ordinal);
    }

    // --- A section's feed ---------------------------------------------------------------------

    [Fact]
    public async Task A_section_feed_is_titled_and_linked_as_the_section()
    {
        var feed = await SectionFeedAsync();

        var channel = feed.Rss.Root!.Element("channel")!;
        Assert.Equal($"Kinh tế {feed.Marker} – {SiteName}", (string?)channel.Element("title"));
        Assert.Equal($"{Site}/chuyen-muc/{feed.Section}", (string?)channel.Element("link"));
    }

    [Fact]
    public async Task A_section_feed_holds_its_sub_sections_items_named_with_their_section()
    {
        var feed = await SectionFeedAsync();

        var item = Assert.Single(feed.Rss.Root!.Element("channel")!.Elements("item"));
        Assert.Equal(feed.InSubSection.Title, (string?)item.Element("title"));
        Assert.Equal($"Nông nghiệp {feed.Marker}", (string?)item.Element("category"));
    }

    [Fact]
    public async Task A_section_feed_leaves_out_other_sections()
    {
        var feed = await SectionFeedAsync();

        Assert.DoesNotContain(feed.Elsewhere.Title, feed.Rss.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_feed_of_an_unknown_section_is_not_found()
    {
        using var reader = app.Anonymous();

        await (await reader.GetAsync("/api/v1/feeds/rss?category=khong-co-muc-nay", Ct)).AssertProblemAsync(404);
    }

    // --- A tag's feed -------------------------------------------------------------------------

    [Fact]
    public async Task A_tag_feed_is_titled_with_the_tag_and_links_to_its_page()
    {
        var feed = await TagFeedAsync();

        var channel = feed.Rss.Root!.Element("channel")!;
        Assert.Equal($"Từ khóa: {feed.TagName} – {SiteName}", (string?)channel.Element("title"));
        Assert.Equal($"{Site}/tu-khoa/{feed.TagSlug}", (string?)channel.Element("link"));
    }

    [Fact]
    public async Task A_tag_feed_holds_the_published_item_with_the_tag_at_its_site_link()
    {
        var feed = await TagFeedAsync();

        var item = Assert.Single(feed.Rss.Root!.Element("channel")!.Elements("item"));
        Assert.Equal(feed.Tagged.Title, (string?)item.Element("title"));
        Assert.Equal($"{Site}/video/{feed.Tagged.Slug}", (string?)item.Element("link"));
    }

    [Fact]
    public async Task A_tag_feed_leaves_out_items_without_the_tag_and_drafts_with_it()
    {
        var feed = await TagFeedAsync();

        Assert.DoesNotContain(feed.Other.Title, feed.Rss.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(feed.Draft.Title, feed.Rss.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_feed_of_a_tag_only_drafts_carry_is_not_found_as_its_page_is()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var marker = Guid.NewGuid().ToString("N")[..6];
        await CreateAsync(editor, "articles", Samples.Article($"Nháp riêng {marker}", $"Chỉ nháp {marker}"));

        await (await reader.GetAsync($"/api/v1/feeds/rss?tag=chi-nhap-{marker}", Ct)).AssertProblemAsync(404);
    }

    [Fact]
    public async Task The_feed_of_an_unknown_tag_is_not_found()
    {
        using var reader = app.Anonymous();

        await (await reader.GetAsync("/api/v1/feeds/rss?tag=khong-co-tu-khoa-nay", Ct)).AssertProblemAsync(404);
    }

    // --- Sitemaps -----------------------------------------------------------------------------

    [Fact]
    public async Task The_sitemap_index_points_to_the_sections_sitemap_and_the_first_items_sitemap()
    {
        using var reader = app.Anonymous();

        var sitemaps = await SitemapsAsync(reader);

        Assert.Equal(new[] { "/api/v1/feeds/sitemap-sections.xml", "/api/v1/feeds/sitemap-items.xml" }, sitemaps.Select(u => u.AbsolutePath));
        Assert.Equal("?page=1", sitemaps[1].Query);
    }

    [Fact]
    public async Task The_items_sitemap_lists_every_published_item_at_the_sites_urls_and_no_draft()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var article = await PublishAsync(editor, "articles", Samples.Article("Bài trong sitemap"));
        var interview = await PublishAsync(editor, "interviews", Samples.Interview("Phỏng vấn trong sitemap"));
        var draft = await CreateAsync(editor, "articles", Samples.Article("Bản nháp ngoài sitemap"));

        var urls = await ItemsSitemapAsync(reader);

        Assert.Contains($"{Site}/bai-viet/{article.Slug}", urls.Keys);
        Assert.Contains($"{Site}/phong-van/{interview.Slug}", urls.Keys);
        Assert.DoesNotContain(urls.Keys, u => u.EndsWith("/" + draft.Slug, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_items_sitemap_dates_each_item_in_the_portals_time_zone()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var article = await PublishAsync(editor, "articles", Samples.Article("Bài có ngày trong sitemap"));

        var lastModified = (await ItemsSitemapAsync(reader))[$"{Site}/bai-viet/{article.Slug}"];

        // W3C dates in the portal's time zone (Asia/Ho_Chi_Minh).
        Assert.EndsWith("+07:00", lastModified, StringComparison.Ordinal);
        Assert.True(DateTimeOffset.TryParse(lastModified, CultureInfo.InvariantCulture, out _));
    }

    [Fact]
    public async Task The_sections_sitemap_starts_with_the_home_page_and_lists_every_section()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var section = await editor.PostBodyAsync<CategoryBody>("/api/v1/manage/categories", new { name = "Thời sự " + Guid.NewGuid().ToString("N")[..6] });
        await PublishAsync(editor, "articles", WithCategory(Samples.Article("Bài trong mục của sitemap"), section));

        var sections = await GetXmlAsync(reader, (await SitemapsAsync(reader))[0].PathAndQuery);

        var pages = sections.Root!.Elements(Sitemap + "url").Select(u => (string)u.Element(Sitemap + "loc")!).ToList();
        Assert.Equal(Site + "/", pages[0]);
        Assert.Contains($"{Site}/chuyen-muc/{section.Slug}", pages);
    }

    [Theory]
    [InlineData("page=2", 404)] // beyond the last
    [InlineData("page=0", 400)]
    public async Task An_items_sitemap_page_out_of_range_is_refused(string page, int status)
    {
        using var reader = app.Anonymous();

        await (await reader.GetAsync($"/api/v1/feeds/sitemap-items.xml?{page}", Ct)).AssertProblemAsync(status);
    }

    // --- The news sitemap ---------------------------------------------------------------------

    [Fact]
    public async Task The_news_sitemap_holds_only_articles_of_the_last_two_days()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var older = await PublishAsync(editor, "articles", Samples.Article("Tin của ba ngày trước"));
        Assert.Contains(older.Title, (await GetXmlAsync(reader, "/api/v1/feeds/news-sitemap.xml")).ToString(), StringComparison.Ordinal);

        app.Clock.Advance(TimeSpan.FromDays(3));
        var fresh = await PublishAsync(editor, "articles", Samples.Article("Tin nóng hôm nay"));

        var news = await GetXmlAsync(reader, "/api/v1/feeds/news-sitemap.xml");
        var url = Assert.Single(news.Root!.Elements(Sitemap + "url"));
        Assert.Equal($"{Site}/bai-viet/{fresh.Slug}", (string?)url.Element(Sitemap + "loc"));
    }

    [Fact]
    public async Task A_news_sitemap_entry_names_the_publication_its_language_the_title_and_the_time()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        app.Clock.Advance(TimeSpan.FromDays(3)); // what earlier tests published is old news now
        var fresh = await PublishAsync(editor, "articles", Samples.Article("Tin nóng có đủ mục tin"));

        var news = await GetXmlAsync(reader, "/api/v1/feeds/news-sitemap.xml");

        var entry = Assert.Single(news.Root!.Elements(Sitemap + "url")).Element(News + "news")!;
        Assert.Equal(SiteName, (string?)entry.Element(News + "publication")!.Element(News + "name"));
        Assert.Equal("vi", (string?)entry.Element(News + "publication")!.Element(News + "language"));
        Assert.Equal(fresh.Title, (string?)entry.Element(News + "title"));
        Assert.Equal(app.Clock.GetUtcNow().ToUnixTimeSeconds(),
            DateTimeOffset.Parse((string)entry.Element(News + "publication_date")!, CultureInfo.InvariantCulture).ToUnixTimeSeconds());
    }

    [Fact]
    public async Task Videos_are_not_in_the_news_sitemap()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var video = await PublishAsync(editor, "videos", Samples.Video("Phim không vào Google News"));

        var news = await GetXmlAsync(reader, "/api/v1/feeds/news-sitemap.xml");

        Assert.DoesNotContain(video.Title, news.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_item_credited_to_an_original_elsewhere_is_in_no_sitemap_but_one_with_other_overrides_is()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var copied = Samples.Article("Bài đăng lại từ báo khác");
        copied["seo"] = Samples.Seo(); // its canonical: the original's address
        var own = Samples.Article("Bài có tiêu đề tìm kiếm riêng");
        own["seo"] = new { title = "Tiêu đề ngắn" };
        var elsewhere = await PublishAsync(editor, "articles", copied);
        var here = await PublishAsync(editor, "articles", own);

        var items = await ItemsSitemapAsync(reader);
        var news = (await GetXmlAsync(reader, "/api/v1/feeds/news-sitemap.xml")).ToString();

        Assert.DoesNotContain($"{Site}/bai-viet/{elsewhere.Slug}", items.Keys);
        Assert.DoesNotContain(elsewhere.Title, news, StringComparison.Ordinal);
        Assert.Contains($"{Site}/bai-viet/{here.Slug}", items.Keys);
        Assert.Contains(here.Title, news, StringComparison.Ordinal);
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

    private static Dictionary<string, object?> WithCategory(Dictionary<string, object?> request, CategoryBody category)
    {
        request["categoryId"] = category.Id;
        return request;
    }

    private static async Task<ItemBody> CreateAsync(HttpClient editor, string route, Dictionary<string, object?> request) =>
        await editor.PostBodyAsync<ItemBody>($"/api/v1/manage/{route}", request);

    private async Task<ItemBody> PublishAsync(HttpClient editor, string route, Dictionary<string, object?> request)
    {
        app.Clock.Advance(TimeSpan.FromMinutes(1)); // distinct publication times, so the order is known
        var item = await CreateAsync(editor, route, request);
        await editor.PostJsonAsync($"/api/v1/manage/{route}/{item.Id}/publish", new { });
        return item;
    }

    private sealed record RssFeed(ItemBody Draft, ItemBody Video, ItemBody Article, XDocument Before, XDocument Rss)
    {
        public List<XElement> Items => Rss.Root!.Element("channel")!.Elements("item").ToList();
    }

    /// <summary>
    /// A draft, then a published video, the feed read (and cached), then a published article;
    /// the feed as read before the article and after.
    /// </summary>
    private async Task<RssFeed> RssAsync(string label)
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var draft = await CreateAsync(editor, "articles", Samples.Article($"Bản nháp chưa đăng RSS {label}"));
        var video = await PublishAsync(editor, "videos", Samples.Video($"Phim tư liệu Óoc Om Bóc RSS {label}"));
        var before = await GetXmlAsync(reader, "/api/v1/feeds/rss"); // cached from here on
        var article = await PublishAsync(editor, "articles", Samples.Article($"Sóc Trăng đón “Tết” sớm & vui RSS {label}"));
        return new RssFeed(draft, video, article, before, await GetXmlAsync(reader, "/api/v1/feeds/rss"));
    }

    private sealed record SectionFeed(string Marker, string Section, ItemBody InSubSection, ItemBody Elsewhere, XDocument Rss);

    /// <summary>A section with a sub-section and another section, an article in each of the last two; the section's feed.</summary>
    private async Task<SectionFeed> SectionFeedAsync()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var marker = Guid.NewGuid().ToString("N")[..6];
        var economy = await editor.PostBodyAsync<CategoryBody>("/api/v1/manage/categories", new { name = $"Kinh tế {marker}" });
        var farming = await editor.PostBodyAsync<CategoryBody>("/api/v1/manage/categories", new { name = $"Nông nghiệp {marker}", parentId = economy.Id });
        var culture = await editor.PostBodyAsync<CategoryBody>("/api/v1/manage/categories", new { name = $"Văn hóa {marker}" });
        var inFarming = await PublishAsync(editor, "articles", WithCategory(Samples.Article($"Lúa ST25 được mùa {marker}"), farming));
        var inCulture = await PublishAsync(editor, "articles", WithCategory(Samples.Article($"Lễ hội đua ghe Ngo {marker}"), culture));
        return new SectionFeed(marker, economy.Slug, inFarming, inCulture, await GetXmlAsync(reader, $"/api/v1/feeds/rss?category={economy.Slug}"));
    }

    private sealed record TagFeed(string TagName, string TagSlug, ItemBody Tagged, ItemBody Other, ItemBody Draft, XDocument Rss);

    /// <summary>A published video with a tag of its own, a published article without it, a draft with it; the tag's feed.</summary>
    private async Task<TagFeed> TagFeedAsync()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var marker = Guid.NewGuid().ToString("N")[..6];
        var tagName = $"Đua ghe Ngo {marker}";
        var tagged = await PublishAsync(editor, "videos", Samples.Video($"Phim đua ghe {marker}").WithTags(tagName));
        var other = await PublishAsync(editor, "articles", Samples.Article($"Tin khác {marker}"));
        var draft = await CreateAsync(editor, "articles", Samples.Article($"Nháp đua ghe {marker}", tagName));
        var slug = $"dua-ghe-ngo-{marker}";
        return new TagFeed(tagName, slug, tagged, other, draft, await GetXmlAsync(reader, $"/api/v1/feeds/rss?tag={slug}"));
    }

    /// <summary>The sitemaps the index points to.</summary>
    private static async Task<List<Uri>> SitemapsAsync(HttpClient reader)
    {
        var index = await GetXmlAsync(reader, "/api/v1/feeds/sitemap.xml");
        Assert.Equal(Sitemap + "sitemapindex", index.Root!.Name);
        return [.. index.Root.Elements(Sitemap + "sitemap").Select(s => new Uri((string)s.Element(Sitemap + "loc")!))];
    }

    /// <summary>The first items sitemap: each URL and its last modification.</summary>
    private static async Task<Dictionary<string, string>> ItemsSitemapAsync(HttpClient reader)
    {
        var items = await GetXmlAsync(reader, (await SitemapsAsync(reader))[1].PathAndQuery);
        return items.Root!.Elements(Sitemap + "url").ToDictionary(u => (string)u.Element(Sitemap + "loc")!, u => (string)u.Element(Sitemap + "lastmod")!);
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
