using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Cms.Tests.Support;

namespace Cms.Tests.Api;

/// <summary>What the public sees: published items only, newest first, filtered and paged.</summary>
public sealed class DeliveryTests(CmsApp app) : IClassFixture<CmsApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Drafts_and_future_scheduled_items_are_invisible_by_id_slug_and_list()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var draft = await editor.PostJsonAsync("/api/v1/manage/articles", Samples.Article("Bản nháp bí mật"));
        var scheduled = await editor.PostJsonAsync("/api/v1/manage/articles", Samples.Article("Tin hẹn giờ"));
        var at = app.Clock.GetUtcNow().AddHours(1);
        await editor.PostJsonAsync($"/api/v1/manage/articles/{(long)scheduled["id"]!}/schedule", new { publishAt = at });

        foreach (var item in new[] { draft, scheduled })
        {
            await (await reader.GetAsync($"/api/v1/articles/{(long)item["id"]!}", Ct)).AssertProblemAsync(404);
            await (await reader.GetAsync($"/api/v1/articles/{(string)item["slug"]!}", Ct)).AssertProblemAsync(404);
        }

        var slugs = await AllSlugsAsync(reader, "/api/v1/articles");
        Assert.DoesNotContain("ban-nhap-bi-mat", slugs);
        Assert.DoesNotContain("tin-hen-gio", slugs);
        Assert.DoesNotContain("tin-hen-gio", await AllSlugsAsync(reader, "/api/v1/content"));
    }

    [Fact]
    public async Task A_scheduled_item_appears_once_its_time_has_passed_without_anyone_acting()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var created = await editor.PostJsonAsync("/api/v1/manage/articles", Samples.Article("Công bố lúc 6 giờ sáng"));
        var id = (long)created["id"]!;
        var at = app.Clock.GetUtcNow().AddMinutes(30);
        var scheduled = await editor.PostJsonAsync($"/api/v1/manage/articles/{id}/schedule", new { publishAt = at });
        Assert.Equal("scheduled", (string?)scheduled["status"]);

        await (await reader.GetAsync($"/api/v1/articles/{id}", Ct)).AssertProblemAsync(404);
        app.Clock.Advance(TimeSpan.FromMinutes(31));

        var item = await reader.GetJsonAsync($"/api/v1/articles/cong-bo-luc-6-gio-sang");
        Assert.Equal(id, (long)item["id"]!);
        Assert.Equal("published", (string?)item["status"]);
        Assert.Equal(Cms.Domain.Common.Timestamp.Normalize(at), (DateTimeOffset)item["publishedAt"]!);
        Assert.Contains("cong-bo-luc-6-gio-sang", await AllSlugsAsync(reader, "/api/v1/articles"));
    }

    [Fact]
    public async Task Unpublished_and_archived_items_leave_the_public_site()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var item = await editor.PublishedAsync("articles", Samples.Article("Tin bị gỡ"));
        var id = (long)item["id"]!;
        Assert.Equal(200, (int)(await reader.GetAsync($"/api/v1/articles/{id}", Ct)).StatusCode);
        await editor.PostJsonAsync($"/api/v1/manage/articles/{id}/unpublish", new { });
        await (await reader.GetAsync($"/api/v1/articles/{id}", Ct)).AssertProblemAsync(404);
        await editor.PostJsonAsync($"/api/v1/manage/articles/{id}/publish", new { });
        await editor.PostJsonAsync($"/api/v1/manage/articles/{id}/archive", new { });
        await (await reader.GetAsync($"/api/v1/articles/{id}", Ct)).AssertProblemAsync(404);
    }

    [Fact]
    public async Task An_item_is_addressable_by_id_and_by_slug_with_an_etag_and_cache_headers()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var item = await editor.PublishedAsync("articles", Samples.Article("Địa chỉ theo slug", "Sóc Trăng"));
        var byId = await reader.GetAsync($"/api/v1/articles/{(long)item["id"]!}", Ct);
        var bySlug = await reader.GetAsync("/api/v1/articles/dia-chi-theo-slug", Ct);
        Assert.Equal(await byId.Content.ReadAsStringAsync(Ct), await bySlug.Content.ReadAsStringAsync(Ct));
        var body = await bySlug.JsonAsync();
        foreach (var field in new[] { "id", "slug", "title", "summary", "viewCount", "publishedAt", "body" })
        {
            Assert.NotNull(body[field]);
        }

        Assert.True(bySlug.Headers.CacheControl!.Public);
        var etag = bySlug.Headers.ETag!.Tag;
        var revalidate = new HttpRequestMessage(HttpMethod.Get, "/api/v1/articles/dia-chi-theo-slug");
        revalidate.Headers.TryAddWithoutValidation("If-None-Match", etag);
        Assert.Equal(304, (int)(await reader.SendAsync(revalidate, Ct)).StatusCode);

        // The same slug under another type is another item.
        await (await reader.GetAsync("/api/v1/videos/dia-chi-theo-slug", Ct)).AssertProblemAsync(404);
    }

    [Fact]
    public async Task Category_filter_includes_sub_sections_and_tag_filter_narrows()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var economy = await editor.PostJsonAsync("/api/v1/manage/categories", new { name = "Kinh tế lọc" });
        var farming = await editor.PostJsonAsync("/api/v1/manage/categories", new { name = "Nông nghiệp lọc", parentId = (int)economy["id"]! });
        var culture = await editor.PostJsonAsync("/api/v1/manage/categories", new { name = "Văn hóa lọc" });

        var inParent = Samples.Article("Tin kinh tế chung", "Lúa ST25");
        inParent["categoryId"] = (int)economy["id"]!;
        var inChild = Samples.Article("Lúa ST25 được giá");
        inChild["categoryId"] = (int)farming["id"]!;
        var elsewhere = Samples.Article("Lễ hội Óoc Om Bóc", "Lúa ST25");
        elsewhere["categoryId"] = (int)culture["id"]!;
        foreach (var request in new[] { inParent, inChild, elsewhere })
        {
            await editor.PublishedAsync("articles", request);
        }

        Assert.Equal(["lua-st25-duoc-gia", "tin-kinh-te-chung"], (await AllSlugsAsync(reader, "/api/v1/articles?category=kinh-te-loc")).Order());
        Assert.Equal(["lua-st25-duoc-gia"], await AllSlugsAsync(reader, "/api/v1/articles?category=nong-nghiep-loc"));
        Assert.Equal(["le-hoi-ooc-om-boc"], await AllSlugsAsync(reader, "/api/v1/content?category=van-hoa-loc"));
        Assert.Equal(["tin-kinh-te-chung"], await AllSlugsAsync(reader, "/api/v1/articles?category=kinh-te-loc&tag=lua-st25"));
        await (await reader.GetAsync("/api/v1/articles?category=khong-ton-tai", Ct)).AssertProblemAsync(404);
    }

    [Fact]
    public async Task Pages_are_numbered_newest_first_with_totals()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var section = await editor.PostJsonAsync("/api/v1/manage/categories", new { name = "Phân trang" });
        for (var i = 1; i <= 7; i++)
        {
            var request = Samples.Article($"Tin phân trang số {i}");
            request["categoryId"] = (int)section["id"]!;
            await editor.PublishedAsync("articles", request);
            app.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        var page1 = await reader.GetJsonAsync("/api/v1/articles?category=phan-trang&pageSize=3");
        Assert.Equal(1, (int)page1["page"]!);
        Assert.Equal(3, (int)page1["pageSize"]!);
        Assert.Equal(7, (int)page1["totalItems"]!);
        Assert.Equal(3, (int)page1["totalPages"]!);
        Assert.Equal(["tin-phan-trang-so-7", "tin-phan-trang-so-6", "tin-phan-trang-so-5"], Slugs(page1));

        var page3 = await reader.GetJsonAsync("/api/v1/articles?category=phan-trang&pageSize=3&page=3");
        Assert.Equal(["tin-phan-trang-so-1"], Slugs(page3));
        var beyond = await reader.GetJsonAsync("/api/v1/articles?category=phan-trang&pageSize=3&page=9");
        Assert.Empty(beyond["items"]!.AsArray());
        Assert.Equal(7, (int)beyond["totalItems"]!);

        var capped = await reader.GetJsonAsync("/api/v1/articles?pageSize=5000");
        Assert.Equal(100, (int)capped["pageSize"]!);

        foreach (var bad in new[] { "page=0", "pageSize=0", "page=-1", "page=abc" })
        {
            await (await reader.GetAsync($"/api/v1/articles?{bad}", Ct)).AssertProblemAsync(400);
        }
    }

    [Fact]
    public async Task The_mixed_list_carries_each_items_type_and_no_bodies()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        await editor.PublishedAsync("articles", Samples.Article("Trộn bài viết", "Trộn"));
        await editor.PublishedAsync("interviews", Samples.Interview("Trộn phỏng vấn").WithTags("Trộn"));
        await editor.PublishedAsync("videos", Samples.Video("Trộn phim tư liệu").WithTags("Trộn"));

        var list = await reader.GetJsonAsync("/api/v1/content?tag=tron");
        var items = list["items"]!.AsArray();
        Assert.Equal(["video", "interview", "article"], items.Select(i => (string)i!["type"]!));
        Assert.All(items, i => Assert.Null(i!["body"]));
        Assert.Equal(754, (int)items[0]!["durationSeconds"]!);

        var videosOnly = await reader.GetJsonAsync("/api/v1/content?tag=tron&type=video");
        Assert.Equal(["tron-phim-tu-lieu"], Slugs(videosOnly));
        await (await reader.GetAsync("/api/v1/content?type=podcast", Ct)).AssertProblemAsync(400);
    }

    [Fact]
    public async Task Public_endpoints_only_answer_get()
    {
        using var reader = app.Anonymous();
        var response = await reader.PostAsJsonAsync("/api/v1/articles", Samples.Article("x"), Ct);
        Assert.Equal(405, (int)response.StatusCode);
    }

    private static List<string> Slugs(JsonNode page) => page["items"]!.AsArray().Select(i => (string)i!["slug"]!).ToList();

    private static async Task<List<string>> AllSlugsAsync(HttpClient client, string url)
    {
        var separator = url.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        return Slugs(await client.GetJsonAsync($"{url}{separator}pageSize=100"));
    }
}
