using System.Text.Json;
using Cms.Domain.Articles;
using Cms.Domain.Authors;
using Cms.Domain.Common;
using Cms.Domain.Content;
using Cms.Domain.Curation;
using Cms.Domain.Interviews;
using Cms.Domain.PhotoStories;
using Cms.Domain.Taxonomy;
using Cms.Domain.Videos;
using Cms.Infrastructure.Counters;
using Cms.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Cms.Infrastructure.Seeding;

/// <summary>
/// Loads the demo portal into an empty database: the seed page's interview and video list,
/// plus the sections, articles and further videos of Data/demo-content.json. Idempotent:
/// it does nothing once any content or section exists, and an advisory lock keeps two API
/// processes starting together from both seeding.
/// </summary>
public sealed class DemoContentSeeder(CmsDbContext db, CounterImporter importer, TimeProvider clock, ILogger<DemoContentSeeder> logger)
{
    private const long LockKey = 0x436d_7353_6565_64; // "CmsSeed"
    private static readonly DateTimeOffset InterviewPublishedAt = new(2024, 2, 8, 7, 30, 0, TimeSpan.FromHours(7));
    private static readonly DateTimeOffset PhotoStoryPublishedAt = new(2023, 12, 20, 9, 0, 0, TimeSpan.FromHours(7));

    private readonly Dictionary<string, Tag> tags = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Author> authors = new(StringComparer.Ordinal);
    private readonly Dictionary<ContentType, HashSet<string>> slugs = [];
    private readonly List<(ContentItem Item, long Views)> figures = [];

    /// <summary>Returns true when it loaded the demo content, false when the database already had content.</summary>
    public async Task<bool> SeedAsync(CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({LockKey})", ct);
        if (await db.ContentItems.AnyAsync(ct) || await db.Categories.AnyAsync(ct))
        {
            return false;
        }

        var page = SeedPage.Parse(DemoResources.Read("seed-page.txt"));
        var file = JsonSerializer.Deserialize<DemoContentFile>(DemoResources.Read("demo-content.json"), JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException("demo-content.json is empty.");
        var now = clock.GetUtcNow();

        var categories = new Dictionary<string, Category>(StringComparer.Ordinal);
        AddCategories(file.Categories, null, categories);

        var interview = Interview(page, categories.GetValueOrDefault("phong-van"), now);
        Add(interview, InterviewPublishedAt, page.ViewCount, now);
        var articles = new Dictionary<string, Article>(StringComparer.Ordinal);
        foreach (var article in file.Articles)
        {
            var fields = Fields(article.Title, article.Summary, null, categories[article.Category], article.Tags, article.Author);
            Add(articles[article.Title] = new Article(fields, article.Body, now), article.PublishedAt, article.ViewCount, now);
        }

        foreach (var video in file.Videos)
        {
            var thumbnail = new Image(DemoMedia.VideoThumbnail, null, video.Title);
            var fields = Fields(video.Title, video.Description, thumbnail, categories[video.Category], video.Tags, video.Author, CreditRole.Video);
            var source = new VideoSource(VideoSourceKind.File, DemoMedia.VideoClip);
            Add(new Video(fields, video.Description, source, video.DurationSeconds, now), video.PublishedAt, video.ViewCount, now);
        }

        Add(PhotoStory(categories.GetValueOrDefault("van-hoa-xa-hoi"), now), PhotoStoryPublishedAt, 184, now);

        await db.SaveChangesAsync(ct);
        // The home page's "Tiêu điểm": the seed page's interview leads, as it did on the portal.
        var featured = new FeaturedList(null);
        featured.Replace([interview.Id, .. (file.Featured ?? []).Select(title => articles[title].Id)]);
        db.FeaturedLists.Add(featured);
        await db.SaveChangesAsync(ct);
        // The page's view counts and its "Tất cả" figure go in as an import from the old portal.
        await importer.ImportAsync(
            "demo-content", page.Statistics.Total,
            figures.Select(f => new CounterImporter.ItemFigure(f.Item.Id, f.Views)).ToList(),
            "Figures shown by the portal the demo content comes from", ct);
        await transaction.CommitAsync(ct);
        logger.LogInformation(
            "Loaded demo content: {Sections} sections, 1 interview, {Articles} articles, {Videos} videos, 1 photo story",
            categories.Count, file.Articles.Count, file.Videos.Count);
        return true;
    }

    private Interview Interview(SeedPage page, Category? category, DateTimeOffset now)
    {
        var portrait = new Image(DemoMedia.Portrait, page.PhotoCaption, "Chân dung đồng chí " + page.IntervieweeName);
        var cover = new Image(DemoMedia.InterviewCover, page.PhotoCaption, "Thành phố Sóc Trăng");
        var fields = Fields(page.Title, page.Lead, cover, category, ["Sóc Trăng", "Đô thị loại I", "Xây dựng Đảng"], page.Byline);
        return new Interview(
            fields,
            new Interviewee(page.IntervieweeName, page.IntervieweePosition, portrait),
            page.Exchanges.Select(e => new Exchange(e.Question, e.Answer, e.Speaker)),
            page.Closing,
            now);
    }

    /// <summary>A photo story ("Ảnh") of the demo's own pictures, so a first start shows one.</summary>
    private PhotoStory PhotoStory(Category? category, DateTimeOffset now)
    {
        var city = new Image(DemoMedia.InterviewCover, "Thành phố Sóc Trăng nhìn từ trên cao, tháng 12/2023.", "Toàn cảnh thành phố Sóc Trăng");
        var fields = Fields("Thành phố Sóc Trăng trên đường lên đô thị loại I",
            "Những hình ảnh về diện mạo đô thị, phim tư liệu và người lãnh đạo thành phố trong năm 2023.",
            city, category, ["Sóc Trăng", "Đô thị loại I"], "Lê Vũ", CreditRole.Photo);
        return new PhotoStory(fields,
        [
            new Photo(city, "Lê Vũ"),
            new Photo(new Image(DemoMedia.VideoThumbnail, "Một cảnh trong phim tư liệu về thành phố.", "Cảnh phim tư liệu"), "Lê Vũ"),
            new Photo(new Image(DemoMedia.Portrait, "Đồng chí Nguyễn Văn Quận, Bí thư Thành ủy Sóc Trăng.", "Chân dung đồng chí Nguyễn Văn Quận"), "Tư liệu"),
        ], now);
    }

    private void AddCategories(IReadOnlyList<DemoCategory>? items, Category? parent, Dictionary<string, Category> all)
    {
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            var item = items![i];
            var category = new Category(item.Name, item.Slug, item.Description, parent, i + 1);
            db.Categories.Add(category);
            all.Add(item.Slug, category);
            AddCategories(item.Children, category, all);
        }
    }

    /// <summary>
    /// An item's fields; its byline is also a person (an author record credited for
    /// <paramref name="role"/>), so the demo's bylines link to author pages as new stories' do.
    /// </summary>
    private ContentFields Fields(string title, string? summary, Image? cover, Category? category, IEnumerable<string> tagNames, string? author,
        CreditRole role = CreditRole.Text) =>
        new(title, summary, cover, category, tagNames.Select(TagNamed).DistinctBy(t => t.Slug).ToList(), author,
            string.IsNullOrWhiteSpace(author) ? null : [new AuthorCredit(AuthorNamed(author), role)]);

    private Author AuthorNamed(string name)
    {
        if (!authors.TryGetValue(name, out var author))
        {
            author = new Author(name, Slug.FromTitle(name), null, null, null, null);
            authors.Add(name, author);
            db.Add(author);
        }

        return author;
    }

    private Tag TagNamed(string name)
    {
        var tag = new Tag(name);
        return tags.TryAdd(tag.Slug, tag) ? tag : tags[tag.Slug];
    }

    private void Add(ContentItem item, DateTimeOffset publishedAt, long views, DateTimeOffset now)
    {
        var taken = slugs.TryGetValue(item.Type, out var set) ? set : slugs[item.Type] = new HashSet<string>(StringComparer.Ordinal);
        var stem = Slug.FromTitle(item.Title);
        var slug = Enumerable.Range(1, int.MaxValue).Select(n => Slug.WithSuffix(stem, n)).First(taken.Add);
        item.SetSlug(slug);
        item.ImportPublication(publishedAt, now);
        figures.Add((item, views));
        db.ContentItems.Add(item);
    }
}
