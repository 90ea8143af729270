using Cms.Api.Caching;
using Cms.Api.Categories;
using Cms.Api.Content;
using Cms.Api.Tags;
using Cms.Domain.Common;
using Cms.Domain.Content;
using Cms.Domain.Counters;
using Cms.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Cms.Api.Feeds;

/// <summary>
/// RSS 2.0 (overall and per section) and sitemaps for the public site's URLs (Cms:Site):
/// what feed readers, aggregators and search engines crawl. Public, cached and tagged like
/// every public GET, so a publish shows in them at once.
/// </summary>
internal static class FeedEndpoints
{
    /// <summary>Items in an RSS feed: the newest, as feed readers expect.</summary>
    public const int RssItems = 50;

    /// <summary>The sitemaps protocol allows 50,000 URLs per file; page N lists ids (N−1)·50,000+1 … N·50,000.</summary>
    public const int SitemapPageSize = 50_000;

    /// <summary>Google News reads articles of the last two days, at most 1,000 per sitemap.</summary>
    public const int NewsItems = 1_000;

    public static readonly TimeSpan NewsWindow = TimeSpan.FromDays(2);

    private const string RssType = "application/rss+xml; charset=utf-8";
    private const string XmlType = "application/xml; charset=utf-8";

    public static void MapFeeds(this IEndpointRouteBuilder api)
    {
        var feeds = api.MapGroup("/feeds").WithTags("Feeds");

        feeds.MapGet("/rss", RssAsync)
            .PublicResponse()
            .WithName("Rss")
            .WithSummary("RSS 2.0: the newest 50 published items, of the whole site, of one section (?category=, sub-sections included) or with one tag (?tag=)")
            .Produces<string>(StatusCodes.Status200OK, "application/rss+xml")
            .ProducesProblem(StatusCodes.Status404NotFound);

        feeds.MapGet("/sitemap.xml", SitemapIndexAsync)
            .PublicResponse()
            .WithName("SitemapIndex")
            .WithSummary("Sitemap index: the sections sitemap and one items sitemap per 50,000 ids")
            .WithDescription("The URLs are the public site's (Cms:Site:BaseUrl); point the site's robots.txt here (Sitemap: ...).")
            .Produces<string>(StatusCodes.Status200OK, "application/xml");

        feeds.MapGet("/sitemap-sections.xml", SectionsSitemapAsync)
            .PublicResponse()
            .WithName("SectionsSitemap")
            .WithSummary("Sitemap of the home page and every section page")
            .Produces<string>(StatusCodes.Status200OK, "application/xml");

        feeds.MapGet("/sitemap-items.xml", ItemsSitemapAsync)
            .PublicResponse()
            .WithName("ItemsSitemap")
            .WithSummary("Sitemap of published items, page N: ids (N-1)*50,000+1 to N*50,000, with their last change")
            .Produces<string>(StatusCodes.Status200OK, "application/xml")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

        feeds.MapGet("/news-sitemap.xml", NewsSitemapAsync)
            .PublicResponse()
            .WithName("NewsSitemap")
            .WithSummary("Google News sitemap: articles and interviews published in the last two days, newest first")
            .Produces<string>(StatusCodes.Status200OK, "application/xml");
    }

    private static async Task<FileContentHttpResult> RssAsync([FromQuery] string? category, [FromQuery] string? tag, CmsDbContext db, CategoryTree tree,
        SiteLinks links, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var categories = await tree.SelfAndDescendantsAsync(category, ct);
        var topic = string.IsNullOrWhiteSpace(tag) ? null : await PublicTags.FindAsync(db, tag, now, ct);
        // The newest items the way the section's or the tag's first page reads them.
        var ids = await new PublicListIds(db).PageAsync(new PublicListFilter(null, categories, topic?.Slug), now, 0, RssItems, null, ct);
        var rows = await db.ContentItems.AsNoTracking().Where(x => ids.Contains(x.Id))
            .Select(x => new { x.Id, x.Type, x.Slug, x.Title, x.Summary, x.Author, Section = x.Category == null ? null : x.Category.Name, x.PublishedAt })
            .ToDictionaryAsync(x => x.Id, ct);
        var items = ids.Select(id => rows[id])
            .Select(x => new FeedXml.RssItem(links.Item(x.Type, x.Slug), x.Title, x.Summary, x.Author, x.Section, x.PublishedAt!.Value))
            .ToList();

        var section = category is null ? null : await db.Categories.AsNoTracking().Where(c => c.Slug == category).Select(c => c.Name).FirstAsync(ct);
        // What the feed follows, as the site names it: "Kinh tế", "Từ khóa: Sóc Trăng", or both.
        var about = string.Join(", ", new[] { section, topic is null ? null : $"Từ khóa: {topic.Name}" }.OfType<string>());
        var channel = new FeedXml.Channel(
            about.Length == 0 ? links.SiteName : $"{about} – {links.SiteName}",
            topic is not null && category is null ? links.Tag(topic.Slug) : category is null ? links.Home : links.Section(category),
            $"Tin mới nhất{(section is null ? null : $" mục {section}")}{(topic is null ? null : $" về {topic.Name}")} của {links.SiteName}",
            SelfUrl(http));
        http.Response.Headers.CacheControl = PublicCache.List;
        return TypedResults.Bytes(FeedXml.Rss(channel, items), RssType);
    }

    private static async Task<FileContentHttpResult> SitemapIndexAsync(CmsDbContext db, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var lastId = await db.ContentItems.PublicAt(clock.GetUtcNow()).MaxAsync(x => (long?)x.Id, ct) ?? 0;
        var pages = (int)Math.Max(1, (lastId + SitemapPageSize - 1) / SitemapPageSize);
        var here = ApiBase(http) + "/api/v1/feeds/";
        var sitemaps = Enumerable.Range(1, pages).Select(page => $"{here}sitemap-items.xml?page={page}").Prepend($"{here}sitemap-sections.xml");
        http.Response.Headers.CacheControl = PublicCache.List;
        return TypedResults.Bytes(FeedXml.SitemapIndex(sitemaps), XmlType);
    }

    private static async Task<FileContentHttpResult> SectionsSitemapAsync(CmsDbContext db, SiteLinks links, PortalCalendar calendar,
        TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var published = db.ContentItems.PublicAt(now);
        // A section's page changes when something is published in it: the newest item's time is its lastmod
        // (each a backward step on the section's newest-first index).
        var sections = await db.Categories.AsNoTracking().OrderBy(c => c.SortOrder).ThenBy(c => c.Id)
            .Select(c => new { c.Slug, c.UpdatedAt, Newest = published.Where(x => x.CategoryId == c.Id).Max(x => x.PublishedAt) })
            .ToListAsync(ct);
        var newest = await published.MaxAsync(x => x.PublishedAt, ct);

        var urls = sections.Select(s => new FeedXml.SitemapUrl(links.Section(s.Slug), Latest(s.UpdatedAt, s.Newest)))
            .Prepend(new FeedXml.SitemapUrl(links.Home, newest));
        http.Response.Headers.CacheControl = PublicCache.List;
        return TypedResults.Bytes(FeedXml.UrlSet(urls, calendar.Zone), XmlType);
    }

    private static async Task<FileContentHttpResult> ItemsSitemapAsync([FromQuery] int? page, CmsDbContext db, SiteLinks links,
        PortalCalendar calendar, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var number = page ?? 1;
        if (number < 1)
        {
            throw new FluentValidation.ValidationException([new FluentValidation.Results.ValidationFailure("page", "Sitemap pages start at 1.")]);
        }

        var now = clock.GetUtcNow();
        var lastId = await db.ContentItems.PublicAt(now).MaxAsync(x => (long?)x.Id, ct) ?? 0;
        if (number > 1 && (long)(number - 1) * SitemapPageSize >= lastId)
        {
            throw new NotFoundException("Sitemap page", number);
        }

        var (first, last) = ((long)(number - 1) * SitemapPageSize + 1, (long)number * SitemapPageSize);
        var rows = await db.ContentItems.AsNoTracking().PublicAt(now).CanonicalHere().Where(x => x.Id >= first && x.Id <= last).OrderBy(x => x.Id)
            .Select(x => new { x.Type, x.Slug, x.UpdatedAt, x.PublishedAt }).ToListAsync(ct);
        var urls = rows.Select(x => new FeedXml.SitemapUrl(links.Item(x.Type, x.Slug), Latest(x.UpdatedAt, x.PublishedAt)));
        http.Response.Headers.CacheControl = PublicCache.List;
        return TypedResults.Bytes(FeedXml.UrlSet(urls, calendar.Zone), XmlType);
    }

    private static async Task<FileContentHttpResult> NewsSitemapAsync(CmsDbContext db, SiteLinks links, PortalCalendar calendar,
        TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var since = now - NewsWindow;
        var rows = await db.ContentItems.AsNoTracking().PublicAt(now).CanonicalHere().Where(x => x.Type != ContentType.Video && x.PublishedAt > since)
            .NewestFirst().Take(NewsItems).Select(x => new { x.Type, x.Slug, x.Title, x.PublishedAt }).ToListAsync(ct);
        var urls = rows.Select(x => new FeedXml.NewsUrl(links.Item(x.Type, x.Slug), x.Title, x.PublishedAt!.Value));
        http.Response.Headers.CacheControl = PublicCache.List;
        return TypedResults.Bytes(FeedXml.News(links.SiteName, urls, calendar.Zone), XmlType);
    }

    /// <summary>The later of two times; null when neither is known (the sitemap then gives no lastmod).</summary>
    private static DateTimeOffset? Latest(DateTimeOffset? changed, DateTimeOffset? published) =>
        changed is null || published > changed ? published : changed;

    /// <summary>The API's own address as the caller sees it (behind a trusted proxy, the forwarded one).</summary>
    private static string ApiBase(HttpContext http) => $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}";

    private static string SelfUrl(HttpContext http) => ApiBase(http) + http.Request.Path + http.Request.QueryString;
}
