using System.Net.Http.Json;
using System.Text;
using System.Xml.Linq;
using Cms.Tests.Support;

namespace Cms.Tests.Api;

/// <summary>
/// Photo stories ("Phóng sự ảnh"): a lead, then photos in the editor's order, each with its
/// caption and credit; public like every other type once published, in every list, search, feed,
/// sitemap and the changes feed, with revisions. One behaviour per test.
/// </summary>
public sealed class PhotoStoryTests(CmsApp app) : IClassFixture<CmsApp>
{
    private const string Route = "/api/v1/manage/photo-stories";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_published_photo_story_is_read_by_id_and_slug_with_its_photos_in_order()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var published = (await editor.PublishedAsync("photo-stories", Samples.PhotoStory("Lễ hội đua ghe Ngo theo thứ tự"))).As<ItemBody>();

        var byId = await reader.GetBodyAsync<PhotoStoryBody>($"/api/v1/photo-stories/{published.Id}");
        var bySlug = await reader.GetBodyAsync<PhotoStoryBody>($"/api/v1/photo-stories/{published.Slug}");

        Assert.Equal("photoStory", byId.Type);
        Assert.Equal("Những khoảnh khắc đẹp của lễ hội đua ghe Ngo.", byId.Summary);
        Assert.Equal(["Các đội ghe xuất phát.", "Khán giả cổ vũ hai bên bờ sông.", "Đội thắng nhận cúp."], byId.Photos.Select(p => p.Image.Caption));
        Assert.Equal(["Lê Vũ", "Trần Minh", null], byId.Photos.Select(p => p.Credit));
        Assert.Equal("https://media.example.vn/ghe-ngo-1.jpg", byId.Photos[0].Image.Url);
        Assert.Equal("Ghe Ngo", byId.Photos[0].Image.Alt);
        Assert.Equal(byId.Photos.Select(p => p.Image.Url), bySlug.Photos.Select(p => p.Image.Url));
    }

    [Fact]
    public async Task An_update_keeps_the_photos_in_their_new_order()
    {
        using var editor = await app.EditorAsync();
        var created = await editor.PostBodyAsync<PhotoStoryBody>(Route, Samples.PhotoStory("Sắp xếp lại ảnh"));
        var request = Samples.PhotoStory("Sắp xếp lại ảnh");
        request["photos"] = ((object[])request["photos"]!).Reverse().ToArray();

        var updated = await (await editor.PutRawAsync($"{Route}/{created.Id}", request, "*")).BodyAsync<PhotoStoryBody>();
        var stored = await editor.GetBodyAsync<PhotoStoryBody>($"{Route}/{created.Id}");

        Assert.Equal(["Đội thắng nhận cúp.", "Khán giả cổ vũ hai bên bờ sông.", "Các đội ghe xuất phát."], updated.Photos.Select(p => p.Image.Caption));
        Assert.Equal(updated.Photos.Select(p => p.Image.Caption), stored.Photos.Select(p => p.Image.Caption));
    }

    [Fact]
    public async Task Captions_and_credits_are_stored_in_nfc()
    {
        using var editor = await app.EditorAsync();
        var request = Samples.PhotoStory("Chữ tổ hợp trong chú thích");
        var decomposedCaption = "Sóc Trăng".Normalize(NormalizationForm.FormD);
        var decomposedCredit = "Lê Vũ".Normalize(NormalizationForm.FormD);
        request["photos"] = new[] { new { image = new { url = "https://media.example.vn/a.jpg", caption = decomposedCaption }, credit = decomposedCredit } };

        var created = await editor.PostBodyAsync<PhotoStoryBody>(Route, request);

        Assert.Equal("Sóc Trăng".Normalize(NormalizationForm.FormC), created.Photos[0].Image.Caption);
        Assert.Equal("Lê Vũ".Normalize(NormalizationForm.FormC), created.Photos[0].Credit);
    }

    [Fact]
    public async Task A_photo_from_the_media_library_carries_its_size()
    {
        using var editor = await app.EditorAsync();
        using var upload = new MultipartFormDataContent { { new ByteArrayContent(Convert.FromBase64String(Battery.OnePixelPng)), "file", "diem-anh.png" } };
        var media = await (await editor.PostAsync("/api/v1/manage/media", upload, Ct)).BodyAsync<MediaBody>();
        var request = Samples.PhotoStory("Ảnh từ thư viện");
        request["photos"] = new[] { new { image = new { url = media.Url, caption = "Một điểm ảnh" }, credit = "Lê Vũ" } };

        var created = await editor.PostBodyAsync<PhotoStoryBody>(Route, request);

        Assert.Equal((1, 1), (created.Photos[0].Image.Width, created.Photos[0].Image.Height));
    }

    [Fact]
    public async Task A_photo_story_saved_without_a_cover_takes_its_first_photo_and_keeps_one_it_is_given()
    {
        using var editor = await app.EditorAsync();
        var given = Samples.PhotoStory("Ảnh có bìa riêng");
        given["coverImage"] = new { url = "https://media.example.vn/bia.jpg", alt = "Bìa" };

        var without = await editor.PostBodyAsync<PhotoStoryBody>(Route, Samples.PhotoStory("Ảnh không có bìa"));
        var with = await editor.PostBodyAsync<PhotoStoryBody>(Route, given);

        Assert.Equal(("https://media.example.vn/ghe-ngo-1.jpg", "Các đội ghe xuất phát."), (without.CoverImage?.Url, without.CoverImage?.Caption));
        Assert.Equal("https://media.example.vn/bia.jpg", with.CoverImage?.Url);
    }

    [Theory]
    [InlineData("none", "photos")]
    [InlineData("empty", "photos")]
    [InlineData("no-image", "photos[0].image")]
    [InlineData("bad-url", "photos[0].image.url")]
    [InlineData("long-caption", "photos[0].image.caption")]
    [InlineData("long-credit", "photos[0].credit")]
    [InlineData("too-many", "photos")]
    public async Task A_photo_story_with_bad_photos_is_a_400_that_creates_nothing(string fault, string key)
    {
        using var editor = await app.EditorAsync();
        var request = Samples.PhotoStory($"Ảnh lỗi {fault}");
        var photo = new { url = "https://media.example.vn/a.jpg", caption = "Ảnh" };
        request["photos"] = fault switch
        {
            "none" => null,
            "empty" => Array.Empty<object>(),
            "no-image" => new object[] { new { credit = "Lê Vũ" } },
            "bad-url" => new object[] { new { image = new { url = "javascript:alert(1)" } } },
            "long-caption" => new object[] { new { image = new { url = photo.url, caption = new string('a', 1001) } } },
            "long-credit" => new object[] { new { image = photo, credit = new string('a', 201) } },
            _ => Enumerable.Repeat<object>(new { image = photo }, 201).ToArray(),
        };
        var before = await Battery.FingerprintAsync(app, Ct);

        var keys = await (await editor.PostAsJsonAsync(Route, request, Ct)).AssertValidationErrorsAsync();

        Assert.Contains(key, keys);
        Assert.Equal(before, await Battery.FingerprintAsync(app, Ct));
    }

    [Fact]
    public async Task A_draft_photo_story_is_not_public()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var draft = await editor.PostBodyAsync<PhotoStoryBody>(Route, Samples.PhotoStory("Ảnh còn nháp"));

        await (await reader.GetAsync($"/api/v1/photo-stories/{draft.Id}", Ct)).AssertProblemAsync(404);
        await (await reader.GetAsync($"/api/v1/photo-stories/{draft.Slug}", Ct)).AssertProblemAsync(404);
        Assert.DoesNotContain((await reader.GetBodyAsync<PageBody<ItemBody>>("/api/v1/photo-stories?pageSize=100")).Items, i => i.Id == draft.Id);
        Assert.DoesNotContain((await reader.GetBodyAsync<PageBody<ItemBody>>("/api/v1/content?pageSize=100")).Items, i => i.Id == draft.Id);
    }

    [Fact]
    public async Task A_published_photo_story_is_in_its_sections_and_tags_lists_with_its_photo_count()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var section = await editor.PostBodyAsync<CategoryBody>("/api/v1/manage/categories", new { name = "Phóng sự ảnh " + Guid.NewGuid().ToString("N")[..6] });
        var tag = "anh-" + Guid.NewGuid().ToString("N")[..8];
        var request = Samples.PhotoStory("Ảnh trong chuyên mục").WithTags(tag);
        request["categoryId"] = section.Id;
        var story = (await editor.PublishedAsync("photo-stories", request)).As<ItemBody>();

        var inSection = await reader.GetBodyAsync<PageBody<PhotoCardBody>>($"/api/v1/photo-stories?category={section.Slug}");
        var inTag = await reader.GetBodyAsync<PageBody<PhotoCardBody>>($"/api/v1/content?tag={tag}");
        var ofType = await reader.GetBodyAsync<PageBody<PhotoCardBody>>($"/api/v1/content?tag={tag}&type=photoStory");

        Assert.Equal([new PhotoCardBody(story.Id, "photoStory", story.Slug, 3)], inSection.Items);
        Assert.Equal([new PhotoCardBody(story.Id, "photoStory", story.Slug, 3)], inTag.Items);
        Assert.Equal([story.Id], ofType.Items.Select(i => i.Id));
    }

    [Fact]
    public async Task Search_finds_a_photo_story_by_a_photos_caption()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var word = "ghengo" + Guid.NewGuid().ToString("N")[..6];
        var request = Samples.PhotoStory("Ảnh tìm theo chú thích");
        request["photos"] = new[] { new { image = new { url = "https://media.example.vn/a.jpg", caption = $"Đội ghe {word} về nhất" } } };
        var story = (await editor.PublishedAsync("photo-stories", request)).As<ItemBody>();

        var found = await reader.GetBodyAsync<PageBody<ItemBody>>($"/api/v1/search?q={word}");

        Assert.Equal([(story.Id, "photoStory")], found.Items.Select(i => (i.Id, i.Type)));
    }

    [Fact]
    public async Task The_rss_feed_and_the_items_sitemap_link_a_photo_story_to_its_page_on_the_site()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var story = (await editor.PublishedAsync("photo-stories", Samples.PhotoStory("Ảnh trong nguồn tin"))).As<ItemBody>();

        var rss = XDocument.Parse(await reader.GetStringAsync("/api/v1/feeds/rss", Ct));
        var index = XDocument.Parse(await reader.GetStringAsync("/api/v1/feeds/sitemap.xml", Ct));
        var itemsSitemap = new Uri(index.Root!.Elements(Sitemap + "sitemap").Select(s => (string)s.Element(Sitemap + "loc")!).Last());
        var sitemap = XDocument.Parse(await reader.GetStringAsync(itemsSitemap.PathAndQuery, Ct));

        Assert.Contains(rss.Descendants("item").Select(i => (string)i.Element("link")!), l => l.EndsWith($"/anh/{story.Slug}", StringComparison.Ordinal));
        Assert.Contains(sitemap.Descendants(Sitemap + "loc").Select(l => (string)l), l => l.EndsWith($"/anh/{story.Slug}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_changes_feed_hands_out_a_published_photo_story_and_its_removal()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var start = (await reader.GetBodyAsync<ChangesBody>("/api/v1/changes")).Next;
        var story = (await editor.PublishedAsync("photo-stories", Samples.PhotoStory("Ảnh trong nguồn thay đổi"))).As<ItemBody>();

        var (published, next) = await SyncUntilAsync(reader, start, page => page.Items.Any(i => i.Id == story.Id));
        await editor.PostJsonAsync($"{Route}/{story.Id}/unpublish", new { });
        var (removed, _) = await SyncUntilAsync(reader, next, page => page.Removed.Any(r => r.Id == story.Id));

        Assert.Contains(published.Items, i => i.Id == story.Id && i.Type == "photoStory");
        Assert.Contains(new RemovedBody(story.Id, "photoStory"), removed.Removed);
    }

    /// <summary>
    /// Reads the feed from <paramref name="since"/> as an app does, until a page shows what is awaited:
    /// a change is handed out only once every older transaction in the cluster has ended, and other
    /// test classes write to it meanwhile. The page, and the token after it.
    /// </summary>
    private static async Task<(ChangesBody Page, string Next)> SyncUntilAsync(HttpClient reader, string since, Func<ChangesBody, bool> awaited)
    {
        var deadline = DateTimeOffset.UtcNow.AddSeconds(15);
        for (;;)
        {
            var page = await reader.GetBodyAsync<ChangesBody>($"/api/v1/changes?since={Uri.EscapeDataString(since)}");
            if (awaited(page) || DateTimeOffset.UtcNow > deadline)
            {
                return (page, page.Next);
            }

            since = page.Next;
            await Task.Delay(100, Ct);
        }
    }

    [Fact]
    public async Task Restoring_a_revision_brings_back_its_photos()
    {
        using var editor = await app.EditorAsync();
        var created = await editor.PostBodyAsync<PhotoStoryBody>(Route, Samples.PhotoStory("Ảnh có lịch sử"));
        var changed = Samples.PhotoStory("Ảnh có lịch sử");
        changed["photos"] = new[] { new { image = new { url = "https://media.example.vn/khac.jpg", caption = "Ảnh thay thế" }, credit = "Trần Minh" } };
        Assert.Equal(200, (int)(await editor.PutRawAsync($"{Route}/{created.Id}", changed, "*")).StatusCode);
        var history = (await editor.GetBodyAsync<PageBody<RevisionBody>>($"{Route}/{created.Id}/revisions")).Items;

        var restore = await editor.SendAsync(HttpExtensions.Request(HttpMethod.Post, $"{Route}/{created.Id}/revisions/{history[^1].Id}/restore", null, "*"), Ct);
        var restored = await restore.BodyAsync<PhotoStoryBody>();

        Assert.Equal(2, history.Count);
        Assert.Equal(created.Photos.Select(p => (p.Image.Caption, p.Credit)), restored.Photos.Select(p => (p.Image.Caption, p.Credit)));
    }

    [Fact]
    public async Task A_preview_link_shows_a_draft_photo_story_in_its_public_shape()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var draft = await editor.PostBodyAsync<PhotoStoryBody>(Route, Samples.PhotoStory("Ảnh xem trước"));
        var link = await editor.PostBodyAsync<PreviewLinkBody>($"{Route}/{draft.Id}/preview-links", new { });

        var preview = await reader.GetJsonAsync($"/api/v1/preview/{link.Token}");

        Assert.Equal(3, preview["photoStory"]!["photos"]!.AsArray().Count);
        Assert.Null(preview["article"]);
    }
}
