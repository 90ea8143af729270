using System.Net.Http.Json;
using Cms.Infrastructure.Changes;
using Cms.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Cms.Tests.Api;

public sealed class CategoryTests(CmsApp app) : IClassFixture<CmsApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_renamed_section_reads_the_new_way_on_its_items_which_count_as_changed_for_apps_and_caches()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var section = await editor.PostJsonAsync("/api/v1/manage/categories", new { name = "Giáo dục" });
        var sectionId = (int)section["id"]!;
        var request = Samples.Article("Khai giảng năm học mới");
        request["categoryId"] = sectionId;
        var item = await editor.PublishedAsync("articles", request);
        var id = (long)item["id"]!;
        var before = await reader.GetAsync($"/api/v1/articles/{id}", Ct);
        Task<int> LoggedAsync() => app.DbAsync(db => db.Set<ContentChange>().CountAsync(c => c.ContentId == id, Ct));
        var logged = await LoggedAsync();

        // Only moved in the menu: what the item shows is the same.
        var moved = await editor.PutRawAsync($"/api/v1/manage/categories/{sectionId}", new { name = "Giáo dục", sortOrder = 5 }, $"\"{(uint)section["version"]!}\"");
        Assert.Equal(200, (int)moved.StatusCode);
        Assert.Equal(logged, await LoggedAsync());
        Assert.Equal(before.Headers.ETag, (await reader.GetAsync($"/api/v1/articles/{id}", Ct)).Headers.ETag);

        var renamed = await editor.PutRawAsync($"/api/v1/manage/categories/{sectionId}", new { name = "Giáo dục - Đào tạo", sortOrder = 5 }, moved.Headers.ETag!.Tag);
        Assert.Equal(200, (int)renamed.StatusCode);
        Assert.NotEqual(moved.Headers.ETag, renamed.Headers.ETag); // the section's own version moved on
        Assert.Equal(logged + 1, await LoggedAsync());
        var after = await reader.GetAsync($"/api/v1/articles/{id}", Ct);
        Assert.Equal("Giáo dục - Đào tạo", (string?)(await after.JsonAsync())["category"]!["name"]);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag); // a reader's copy is stale: no 304 for it
        var revalidated = await reader.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/api/v1/articles/{id}") { Headers = { { "If-None-Match", before.Headers.ETag!.Tag } } }, Ct);
        Assert.Equal(200, (int)revalidated.StatusCode);
    }

    [Fact]
    public async Task Sections_form_a_public_tree_in_menu_order()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var economy = await editor.PostJsonAsync("/api/v1/manage/categories", new { name = "Kinh tế", sortOrder = 2 });
        var politics = await editor.PostJsonAsync("/api/v1/manage/categories", new { name = "Xây dựng Đảng", sortOrder = 1 });
        await editor.PostJsonAsync("/api/v1/manage/categories", new { name = "Nông nghiệp", parentId = (int)economy["id"]!, sortOrder = 1 });
        await editor.PostJsonAsync("/api/v1/manage/categories", new { name = "Công nghiệp - Thương mại", parentId = (int)economy["id"]!, sortOrder = 2 });

        Assert.Equal("xay-dung-dang", (string?)politics["slug"]);
        var tree = (await reader.GetJsonAsync("/api/v1/categories")).AsArray()
            .Where(n => (string)n!["slug"]! is "xay-dung-dang" or "kinh-te").ToList();
        Assert.Equal(["xay-dung-dang", "kinh-te"], tree.Select(n => (string)n!["slug"]!));
        var children = tree[1]!["children"]!.AsArray();
        Assert.Equal(["nong-nghiep", "cong-nghiep-thuong-mai"], children.Select(n => (string)n!["slug"]!));
        Assert.Empty(children[0]!["children"]!.AsArray());
    }

    [Fact]
    public async Task Category_rules_duplicates_loops_parents_and_deletion()
    {
        using var editor = await app.EditorAsync();
        var top = await editor.PostJsonAsync("/api/v1/manage/categories", new { name = "Quốc phòng - An ninh" });
        var child = await editor.PostJsonAsync("/api/v1/manage/categories", new { name = "Biên phòng", parentId = (int)top["id"]! });
        var topId = (int)top["id"]!;

        await (await editor.PostAsJsonAsync("/api/v1/manage/categories", new { name = "Khác", slug = "quoc-phong-an-ninh" }, Ct)).AssertProblemAsync(409);
        Assert.Contains("name", await (await editor.PostAsJsonAsync("/api/v1/manage/categories", new { name = "" }, Ct)).AssertValidationErrorsAsync());
        Assert.Contains("parentId", await (await editor.PostAsJsonAsync("/api/v1/manage/categories", new { name = "Mồ côi", parentId = 99999 }, Ct)).AssertValidationErrorsAsync());

        // Moving a section under its own sub-section would make a loop.
        var loop = await editor.PutRawAsync($"/api/v1/manage/categories/{topId}", new { name = "Quốc phòng - An ninh", parentId = (int)child["id"]! }, "*");
        await loop.AssertProblemAsync(409);
        Assert.Null(await app.DbAsync(db => db.Categories.Where(c => c.Id == topId).Select(c => c.ParentId).SingleAsync(Ct)));

        // A section with sub-sections cannot be deleted; content of a deleted section is kept.
        await (await editor.SendAsync(HttpExtensions.Request(HttpMethod.Delete, $"/api/v1/manage/categories/{topId}", null, "*"), Ct)).AssertProblemAsync(409);
        var article = Samples.Article("Tin biên phòng");
        article["categoryId"] = (int)child["id"]!;
        var articleId = (long)(await editor.PostJsonAsync("/api/v1/manage/articles", article))["id"]!;
        var deleted = await editor.SendAsync(HttpExtensions.Request(HttpMethod.Delete, $"/api/v1/manage/categories/{(int)child["id"]!}", null, $"\"{(uint)child["version"]!}\""), Ct);
        Assert.Equal(204, (int)deleted.StatusCode);
        Assert.Null(await app.DbAsync(db => db.Articles.Where(a => a.Id == articleId).Select(a => a.CategoryId).SingleAsync(Ct)));
    }

    [Fact]
    public async Task Renaming_keeps_the_slug_and_a_stale_version_is_refused()
    {
        using var editor = await app.EditorAsync();
        var created = await editor.PostJsonAsync("/api/v1/manage/categories", new { name = "Văn hóa" });
        var id = (int)created["id"]!;
        var etag = $"\"{(uint)created["version"]!}\"";
        var renamed = await editor.PutRawAsync($"/api/v1/manage/categories/{id}", new { name = "Văn hóa - Xã hội" }, etag);
        var body = await renamed.JsonAsync();
        Assert.Equal("Văn hóa - Xã hội", (string?)body["name"]);
        Assert.Equal("van-hoa", (string?)body["slug"]);
        await (await editor.PutRawAsync($"/api/v1/manage/categories/{id}", new { name = "Cũ" }, etag)).AssertProblemAsync(412);
        await (await editor.PutRawAsync($"/api/v1/manage/categories/{id}", new { name = "Không phiên bản" })).AssertProblemAsync(428);
        Assert.Equal(200, (int)(await editor.GetAsync($"/api/v1/manage/categories/{id}", Ct)).StatusCode);
        await (await editor.GetAsync("/api/v1/manage/categories/424242", Ct)).AssertProblemAsync(404);
        Assert.Contains(await editor.GetJsonAsync("/api/v1/manage/categories") is { } all ? all.AsArray() : [], c => (int)c!["id"]! == id);
    }

    [Fact]
    public async Task A_new_sub_section_counts_in_its_parents_list_at_once_here_and_soon_on_other_instances()
    {
        await using var second = CmsApp.SharingDatabaseWith(app);
        await second.InitializeAsync();
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        using var otherReader = second.Anonymous();
        var parent = await editor.PostJsonAsync("/api/v1/manage/categories", new { name = "Kinh tế cây" });
        var parentSlug = (string)parent["slug"]!;
        // Both instances have read the tree (and cached it) before the sub-section exists.
        Assert.Empty((await reader.GetJsonAsync($"/api/v1/content?category={parentSlug}"))["items"]!.AsArray());
        Assert.Empty((await otherReader.GetJsonAsync($"/api/v1/content?category={parentSlug}"))["items"]!.AsArray());

        var child = await editor.PostJsonAsync("/api/v1/manage/categories", new { name = "Nông nghiệp cây", parentId = (int)parent["id"]! });
        var article = Samples.Article("Lúa ST25 trong chuyên mục con");
        article["categoryId"] = (int)child["id"]!;
        var created = await editor.PublishedAsync("articles", article);

        var here = await reader.GetJsonAsync($"/api/v1/content?category={parentSlug}");
        Assert.Equal((long)created["id"]!, (long)here["items"]![0]!["id"]!);
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while ((await otherReader.GetJsonAsync($"/api/v1/content?category={parentSlug}"))["items"]!.AsArray().Count == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "The other instance did not see the new sub-section within 15 s.");
            await Task.Delay(100, Ct);
        }

        Assert.Equal(200, (int)(await otherReader.GetAsync($"/api/v1/content?category={(string)child["slug"]!}", Ct)).StatusCode);
    }
}
