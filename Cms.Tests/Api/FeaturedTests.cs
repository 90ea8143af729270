using System.Text.Json.Nodes;
using Cms.Infrastructure.Changes;
using Cms.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Cms.Tests.Api;

/// <summary>"Tiêu điểm": editors choose and order the stories leading the home page and each section; readers see the public ones.</summary>
public sealed class FeaturedTests(CmsApp app) : IClassFixture<CmsApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static long Id(JsonNode item) => (long)item["id"]!;

    private static List<long> Ids(JsonNode list) => list["items"]!.AsArray().Select(i => (long)i!["id"]!).ToList();

    private static List<long> ManagedIds(JsonNode list) => list["items"]!.AsArray().Select(e => (long)e!["item"]!["id"]!).ToList();

    private static Task<HttpResponseMessage> PutAsync(HttpClient client, string query, object itemIds, string? ifMatch) =>
        client.PutRawAsync("/api/v1/manage/featured" + query, new { itemIds }, ifMatch);

    private Task<long[]> StoredAsync(int? categoryId) =>
        app.DbAsync(db => db.FeaturedLists.AsNoTracking().Where(f => f.CategoryId == categoryId).Select(f => f.ItemIds.ToArray()).SingleAsync(Ct));

    private Task<bool> ListExistsAsync(int? categoryId) =>
        app.DbAsync(db => db.FeaturedLists.AnyAsync(f => f.CategoryId == categoryId, Ct));

    [Fact]
    public async Task Editors_order_the_home_page_lead_and_readers_see_only_what_is_public_in_that_order()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var older = await editor.PublishedAsync("articles", Samples.Article("Khánh thành cầu Đại Ngãi"));
        var newer = await editor.PublishedAsync("videos", Samples.Video("Phim tư liệu về Đại Ngãi"));
        var draft = await editor.PostJsonAsync("/api/v1/manage/interviews", Samples.Interview("Phỏng vấn sắp đăng"));
        var later = await editor.PostJsonAsync("/api/v1/manage/articles", Samples.Article("Bài đăng tuần sau"));
        await editor.PostJsonAsync($"/api/v1/manage/articles/{Id(later)}/schedule", new { publishAt = DateTimeOffset.UtcNow.AddDays(7) });

        // Emptied (another test of this class may have saved the home page's list before).
        var current = (await editor.GetAsync("/api/v1/manage/featured", Ct)).Headers.ETag!.Tag;
        var cleared = await PutAsync(editor, "", Array.Empty<long>(), current);
        Assert.Equal(200, (int)cleared.StatusCode);
        Assert.Empty((await reader.GetJsonAsync("/api/v1/featured"))["items"]!.AsArray()); // cached now

        // The older story leads, whatever the dates say; a draft and a scheduled one wait in line.
        var saved = await PutAsync(editor, "", new[] { Id(older), Id(draft), Id(newer), Id(later) }, cleared.Headers.ETag!.Tag);
        Assert.Equal(200, (int)saved.StatusCode);
        Assert.NotEqual(cleared.Headers.ETag, saved.Headers.ETag);
        var managed = await saved.JsonAsync();
        Assert.Equal([Id(older), Id(draft), Id(newer), Id(later)], ManagedIds(managed));
        Assert.Equal([true, false, true, false], managed["items"]!.AsArray().Select(e => (bool)e!["isPublic"]!));
        Assert.Equal(["published", "draft", "published", "scheduled"], managed["items"]!.AsArray().Select(e => (string)e!["item"]!["status"]!));
        Assert.Equal(CmsApp.AdminUser, (string?)managed["updatedBy"]);
        Assert.Null(managed["category"]);
        Assert.Equal([Id(older), Id(draft), Id(newer), Id(later)], await StoredAsync(null));

        var response = await reader.GetAsync("/api/v1/featured", Ct);
        Assert.StartsWith("public", response.Headers.CacheControl!.ToString());
        var featured = await response.JsonAsync();
        Assert.Equal([Id(older), Id(newer)], Ids(featured)); // the cached empty list is gone
        Assert.Equal("Khánh thành cầu Đại Ngãi", (string?)featured["items"]![0]!["title"]);
        Assert.Equal("video", (string?)featured["items"]![1]!["type"]);

        // Published, the draft shows in its place; unpublished, the video drops out but keeps its place for editors.
        await editor.PostJsonAsync($"/api/v1/manage/interviews/{Id(draft)}/publish", new { });
        Assert.Equal([Id(older), Id(draft), Id(newer)], Ids(await reader.GetJsonAsync("/api/v1/featured")));
        await editor.PostJsonAsync($"/api/v1/manage/videos/{Id(newer)}/unpublish", new { });
        Assert.Equal([Id(older), Id(draft)], Ids(await reader.GetJsonAsync("/api/v1/featured")));
        Assert.Equal([Id(older), Id(draft), Id(newer), Id(later)], ManagedIds(await editor.GetJsonAsync("/api/v1/manage/featured")));

        // A deleted item just stops appearing, for readers and editors.
        var deleted = await editor.SendAsync(HttpExtensions.Request(HttpMethod.Delete, $"/api/v1/manage/articles/{Id(older)}", null, "*"), Ct);
        Assert.Equal(204, (int)deleted.StatusCode);
        Assert.Equal([Id(draft)], Ids(await reader.GetJsonAsync("/api/v1/featured")));
        Assert.Equal([Id(draft), Id(newer), Id(later)], ManagedIds(await editor.GetJsonAsync("/api/v1/manage/featured")));

        // Cleared.
        Assert.Equal(200, (int)(await PutAsync(editor, "", Array.Empty<long>(), saved.Headers.ETag!.Tag)).StatusCode);
        Assert.Empty((await reader.GetJsonAsync("/api/v1/featured"))["items"]!.AsArray());
    }

    [Fact]
    public async Task Each_section_has_its_own_list_which_goes_with_the_section()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var section = await editor.PostJsonAsync("/api/v1/manage/categories", new { name = "Nông thôn mới" });
        var item = await editor.PublishedAsync("articles", Samples.Article("Xã Phú Tâm đạt chuẩn nông thôn mới"));
        var home = await editor.PublishedAsync("articles", Samples.Article("Tin đầu trang chủ"));
        // Never saved: empty, at version 0.
        var fresh = await editor.GetAsync("/api/v1/manage/featured?category=nong-thon-moi", Ct);
        Assert.Equal("\"0\"", fresh.Headers.ETag!.Tag);
        Assert.Empty((await fresh.JsonAsync())["items"]!.AsArray());
        Assert.Null((await fresh.JsonAsync())["updatedAt"]);
        Assert.Equal(200, (int)(await PutAsync(editor, "?category=nong-thon-moi", new[] { Id(item) }, "\"0\"")).StatusCode);
        Assert.Equal(200, (int)(await PutAsync(editor, "", new[] { Id(home) }, "*")).StatusCode);

        var list = await reader.GetJsonAsync("/api/v1/featured?category=nong-thon-moi");
        Assert.Equal([Id(item)], Ids(list));
        Assert.Equal("Nông thôn mới", (string?)list["category"]!["name"]);
        Assert.Equal([Id(home)], Ids(await reader.GetJsonAsync("/api/v1/featured")));
        Assert.Equal("nong-thon-moi", (string?)(await editor.GetJsonAsync("/api/v1/manage/featured?category=nong-thon-moi"))["category"]!["slug"]);

        await (await reader.GetAsync("/api/v1/featured?category=khong-co", Ct)).AssertProblemAsync(404);
        await (await editor.GetAsync("/api/v1/manage/featured?category=khong-co", Ct)).AssertProblemAsync(404);
        await (await PutAsync(editor, "?category=khong-co", new[] { Id(item) }, "*")).AssertProblemAsync(404);

        var removed = await editor.SendAsync(HttpExtensions.Request(HttpMethod.Delete, $"/api/v1/manage/categories/{(int)section["id"]!}", null, "*"), Ct);
        Assert.Equal(204, (int)removed.StatusCode);
        Assert.False(await ListExistsAsync((int)section["id"]!));
        Assert.Equal([Id(home)], await StoredAsync(null));
    }

    [Fact]
    public async Task Items_placed_on_or_taken_off_a_list_reach_the_changes_feed_so_a_static_site_rewrites_the_page_they_lead()
    {
        using var editor = await app.EditorAsync();
        await editor.PostJsonAsync("/api/v1/manage/categories", new { name = "Kinh tế biển" });
        var first = await editor.PublishedAsync("articles", Samples.Article("Cảng Trần Đề khởi công"));
        var second = await editor.PublishedAsync("articles", Samples.Article("Tôm xuất khẩu tăng giá"));
        var untouched = await editor.PublishedAsync("articles", Samples.Article("Tin không lên tiêu điểm"));
        Task<int> LoggedAsync(JsonNode item) => app.DbAsync(db => db.Set<ContentChange>().CountAsync(c => c.ContentId == Id(item), Ct));
        var before = (await LoggedAsync(first), await LoggedAsync(second), await LoggedAsync(untouched));

        var placed = await PutAsync(editor, "?category=kinh-te-bien", new[] { Id(first) }, "\"0\"");
        Assert.Equal(200, (int)placed.StatusCode);
        Assert.Equal((before.Item1 + 1, before.Item2, before.Item3), (await LoggedAsync(first), await LoggedAsync(second), await LoggedAsync(untouched)));

        // Swapped: the one leaving and the one joining are both named.
        Assert.Equal(200, (int)(await PutAsync(editor, "?category=kinh-te-bien", new[] { Id(second) }, placed.Headers.ETag!.Tag)).StatusCode);
        Assert.Equal((before.Item1 + 2, before.Item2 + 1, before.Item3), (await LoggedAsync(first), await LoggedAsync(second), await LoggedAsync(untouched)));

        // A stale save changes nothing, in the log either.
        await (await PutAsync(editor, "?category=kinh-te-bien", new[] { Id(untouched) }, placed.Headers.ETag!.Tag)).AssertProblemAsync(412);
        Assert.Equal(before.Item3, await LoggedAsync(untouched));
    }

    [Fact]
    public async Task A_save_from_a_stale_copy_or_without_If_Match_changes_nothing()
    {
        using var editor = await app.EditorAsync();
        using var other = await app.UserAsync("editor");
        var section = await editor.PostJsonAsync("/api/v1/manage/categories", new { name = "Thời sự kiểm thử" });
        var slug = (string)section["slug"]!;
        var first = await editor.PublishedAsync("articles", Samples.Article("Tin thứ nhất"));
        var second = await editor.PublishedAsync("articles", Samples.Article("Tin thứ hai"));

        await (await PutAsync(editor, $"?category={slug}", new[] { Id(first) }, null)).AssertProblemAsync(428);
        Assert.Equal(200, (int)(await PutAsync(editor, $"?category={slug}", new[] { Id(first) }, "\"0\"")).StatusCode);
        // The other editor loaded the list before that save: refused, nothing overwritten.
        await (await PutAsync(other, $"?category={slug}", new[] { Id(second) }, "\"0\"")).AssertProblemAsync(412);
        var current = await other.GetAsync($"/api/v1/manage/featured?category={slug}", Ct);
        Assert.Equal([Id(first)], ManagedIds(await current.JsonAsync()));
        Assert.Equal(200, (int)(await PutAsync(other, $"?category={slug}", new[] { Id(second), Id(first) }, current.Headers.ETag!.Tag)).StatusCode);
        Assert.Equal([Id(second), Id(first)], await StoredAsync((int)section["id"]!));
    }

    [Fact]
    public async Task Unknown_repeated_or_too_many_items_are_a_400_naming_the_place_and_change_nothing()
    {
        using var editor = await app.EditorAsync();
        var section = await editor.PostJsonAsync("/api/v1/manage/categories", new { name = "Kinh tế kiểm thử" });
        var slug = (string)section["slug"]!;
        var item = await editor.PublishedAsync("articles", Samples.Article("Giá lúa tăng"));
        Assert.Equal(200, (int)(await PutAsync(editor, $"?category={slug}", new[] { Id(item) }, "*")).StatusCode);

        Assert.Contains("itemIds[1]", await (await PutAsync(editor, $"?category={slug}", new[] { Id(item), 987654321 }, "*")).AssertValidationErrorsAsync());
        Assert.Contains("itemIds[2]", await (await PutAsync(editor, $"?category={slug}", new[] { Id(item), 1, Id(item) }, "*")).AssertValidationErrorsAsync());
        Assert.Contains("itemIds[0]", await (await PutAsync(editor, $"?category={slug}", new[] { 0L }, "*")).AssertValidationErrorsAsync());
        Assert.Contains("itemIds", await (await PutAsync(editor, $"?category={slug}", Enumerable.Range(1, 21).Select(i => (long)i).ToArray(), "*")).AssertValidationErrorsAsync());
        Assert.Contains("itemIds", await (await editor.PutRawAsync($"/api/v1/manage/featured?category={slug}", new { }, "*")).AssertValidationErrorsAsync());
        Assert.Equal([Id(item)], await StoredAsync((int)section["id"]!));

        using var author = await app.UserAsync("author");
        Assert.Equal(403, (int)(await PutAsync(author, $"?category={slug}", Array.Empty<long>(), "*")).StatusCode);
        Assert.Equal([Id(item)], await StoredAsync((int)section["id"]!));
    }
}
