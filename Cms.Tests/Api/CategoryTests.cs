using System.Net.Http.Json;
using Cms.Infrastructure.Changes;
using Cms.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Cms.Tests.Api;

/// <summary>
/// Sections ("chuyên mục"): a public tree in menu order that editors manage, with the rules that
/// keep it a tree, and what renaming one does to the items in it.
/// </summary>
public sealed class CategoryTests(CmsApp app) : IClassFixture<CmsApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string IfMatch(SectionBody section) => $"\"{section.Version}\"";

    private static Task<SectionBody> NewSectionAsync(HttpClient editor, object request) =>
        editor.PostBodyAsync<SectionBody>("/api/v1/manage/categories", request);

    private static Task<HttpResponseMessage> DeleteAsync(HttpClient editor, int id, string ifMatch) =>
        editor.SendAsync(HttpExtensions.Request(HttpMethod.Delete, $"/api/v1/manage/categories/{id}", null, ifMatch), Ct);

    /// <summary>A new section holding one published article.</summary>
    private static async Task<(SectionBody Section, long ItemId)> SectionWithItemAsync(HttpClient editor, string name, string title)
    {
        var section = await NewSectionAsync(editor, new { name });
        var request = Samples.Article(title);
        request.Add("categoryId", section.Id);
        return (section, (await editor.PublishedAsync("articles", request)).As<ItemBody>().Id);
    }

    private Task<int> LoggedAsync(long id) => app.DbAsync(db => db.Set<ContentChange>().CountAsync(c => c.ContentId == id, Ct));

    // --- Renaming a section: what its items show ------------------------------------------

    [Fact]
    public async Task Moving_a_section_in_the_menu_changes_nothing_its_items_show()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var (section, id) = await SectionWithItemAsync(editor, "Giáo dục", "Khai giảng năm học mới");
        var before = await reader.GetAsync($"/api/v1/articles/{id}", Ct);
        var logged = await LoggedAsync(id);

        var moved = await editor.PutRawAsync($"/api/v1/manage/categories/{section.Id}", new { name = "Giáo dục", sortOrder = 5 }, IfMatch(section));

        Assert.Equal(200, (int)moved.StatusCode);
        Assert.Equal(logged, await LoggedAsync(id));
        Assert.Equal(before.Headers.ETag, (await reader.GetAsync($"/api/v1/articles/{id}", Ct)).Headers.ETag);
    }

    [Fact]
    public async Task A_renamed_section_reads_the_new_way_on_its_items()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var (section, id) = await SectionWithItemAsync(editor, "Khuyến học", "Trao học bổng cho học sinh nghèo");

        var renamed = await editor.PutRawAsync($"/api/v1/manage/categories/{section.Id}", new { name = "Khuyến học - Khuyến tài" }, IfMatch(section));

        Assert.Equal(200, (int)renamed.StatusCode);
        Assert.Equal("Khuyến học - Khuyến tài", (await reader.GetBodyAsync<ItemBody>($"/api/v1/articles/{id}")).Category!.Name);
    }

    [Fact]
    public async Task A_renamed_sections_items_count_as_changed_for_apps_syncing_them()
    {
        using var editor = await app.EditorAsync();
        var (section, id) = await SectionWithItemAsync(editor, "Đào tạo nghề", "Khai giảng lớp nghề");
        var logged = await LoggedAsync(id);

        var renamed = await editor.PutRawAsync($"/api/v1/manage/categories/{section.Id}", new { name = "Giáo dục nghề nghiệp" }, IfMatch(section));

        Assert.Equal(200, (int)renamed.StatusCode);
        Assert.Equal(logged + 1, await LoggedAsync(id));
    }

    [Fact]
    public async Task A_renamed_sections_items_are_stale_in_readers_caches()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var (section, id) = await SectionWithItemAsync(editor, "Mầm non", "Trường mầm non mới");
        var before = await reader.GetAsync($"/api/v1/articles/{id}", Ct);

        var renamed = await editor.PutRawAsync($"/api/v1/manage/categories/{section.Id}", new { name = "Giáo dục mầm non" }, IfMatch(section));

        Assert.Equal(200, (int)renamed.StatusCode);
        Assert.NotEqual(before.Headers.ETag, (await reader.GetAsync($"/api/v1/articles/{id}", Ct)).Headers.ETag);
        // A reader's copy is stale: no 304 for it.
        var revalidated = await reader.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/api/v1/articles/{id}") { Headers = { { "If-None-Match", before.Headers.ETag!.Tag } } }, Ct);
        Assert.Equal(200, (int)revalidated.StatusCode);
    }

    // --- The tree ---------------------------------------------------------------------------

    [Fact]
    public async Task Sections_form_a_public_tree_in_menu_order()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var economy = await NewSectionAsync(editor, new { name = "Kinh tế", sortOrder = 2 });
        var politics = await NewSectionAsync(editor, new { name = "Xây dựng Đảng", sortOrder = 1 });
        await NewSectionAsync(editor, new { name = "Nông nghiệp", parentId = economy.Id, sortOrder = 1 });
        await NewSectionAsync(editor, new { name = "Công nghiệp - Thương mại", parentId = economy.Id, sortOrder = 2 });

        Assert.Equal("xay-dung-dang", politics.Slug);
        var tree = (await reader.GetBodyAsync<List<SectionNodeBody>>("/api/v1/categories")).Where(n => n.Slug is "xay-dung-dang" or "kinh-te").ToList();
        Assert.Equal(["xay-dung-dang", "kinh-te"], tree.Select(n => n.Slug));
        var children = tree[1].Children;
        Assert.Equal(["nong-nghiep", "cong-nghiep-thuong-mai"], children.Select(n => n.Slug));
        Assert.Empty(children[0].Children);
    }

    [Fact]
    public async Task A_new_sub_section_counts_in_its_parents_list_at_once_here_and_soon_on_other_instances()
    {
        await using var second = CmsApp.SharingDatabaseWith(app);
        await second.InitializeAsync();
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        using var otherReader = second.Anonymous();
        var parent = await NewSectionAsync(editor, new { name = "Kinh tế cây" });
        var inParent = $"/api/v1/content?category={parent.Slug}";
        // Both instances have read the tree (and cached it) before the sub-section exists.
        Assert.Empty((await reader.GetBodyAsync<PageBody<ItemBody>>(inParent)).Items);
        Assert.Empty((await otherReader.GetBodyAsync<PageBody<ItemBody>>(inParent)).Items);

        var child = await NewSectionAsync(editor, new { name = "Nông nghiệp cây", parentId = parent.Id });
        var article = Samples.Article("Lúa ST25 trong chuyên mục con");
        article.Add("categoryId", child.Id);
        var created = (await editor.PublishedAsync("articles", article)).As<ItemBody>();

        Assert.Equal(created.Id, (await reader.GetBodyAsync<PageBody<ItemBody>>(inParent)).Items[0].Id);
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while ((await otherReader.GetBodyAsync<PageBody<ItemBody>>(inParent)).Items.Count == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "The other instance did not see the new sub-section within 15 s.");
            await Task.Delay(100, Ct);
        }

        Assert.Equal(200, (int)(await otherReader.GetAsync($"/api/v1/content?category={child.Slug}", Ct)).StatusCode);
    }

    // --- Rules ------------------------------------------------------------------------------

    [Fact]
    public async Task A_slug_another_section_has_is_a_conflict()
    {
        using var editor = await app.EditorAsync();
        await NewSectionAsync(editor, new { name = "Quốc phòng - An ninh" });

        await (await editor.PostAsJsonAsync("/api/v1/manage/categories", new { name = "Khác", slug = "quoc-phong-an-ninh" }, Ct)).AssertProblemAsync(409);
    }

    [Fact]
    public async Task A_section_needs_a_name()
    {
        using var editor = await app.EditorAsync();

        Assert.Contains("name", await (await editor.PostAsJsonAsync("/api/v1/manage/categories", new { name = "" }, Ct)).AssertValidationErrorsAsync());
    }

    [Fact]
    public async Task A_parent_that_does_not_exist_is_refused()
    {
        using var editor = await app.EditorAsync();

        Assert.Contains("parentId", await (await editor.PostAsJsonAsync("/api/v1/manage/categories", new { name = "Mồ côi", parentId = 99999 }, Ct)).AssertValidationErrorsAsync());
    }

    [Fact]
    public async Task Moving_a_section_under_its_own_sub_section_is_a_conflict_and_changes_nothing()
    {
        using var editor = await app.EditorAsync();
        var top = await NewSectionAsync(editor, new { name = "Quốc phòng" });
        var child = await NewSectionAsync(editor, new { name = "Biên phòng", parentId = top.Id });

        // It would make a loop.
        var loop = await editor.PutRawAsync($"/api/v1/manage/categories/{top.Id}", new { name = "Quốc phòng", parentId = child.Id }, "*");

        await loop.AssertProblemAsync(409);
        Assert.Null(await app.DbAsync(db => db.Categories.Where(c => c.Id == top.Id).Select(c => c.ParentId).SingleAsync(Ct)));
    }

    [Fact]
    public async Task A_section_with_sub_sections_cannot_be_deleted()
    {
        using var editor = await app.EditorAsync();
        var top = await NewSectionAsync(editor, new { name = "An ninh" });
        await NewSectionAsync(editor, new { name = "Cảnh sát biển", parentId = top.Id });

        await (await DeleteAsync(editor, top.Id, "*")).AssertProblemAsync(409);
    }

    [Fact]
    public async Task The_content_of_a_deleted_section_is_kept_without_a_section()
    {
        using var editor = await app.EditorAsync();
        var section = await NewSectionAsync(editor, new { name = "Biên giới" });
        var article = Samples.Article("Tin biên phòng");
        article.Add("categoryId", section.Id);
        var articleId = (await editor.PostBodyAsync<ItemBody>("/api/v1/manage/articles", article)).Id;

        var deleted = await DeleteAsync(editor, section.Id, IfMatch(section));

        Assert.Equal(204, (int)deleted.StatusCode);
        Assert.Null(await app.DbAsync(db => db.Articles.Where(a => a.Id == articleId).Select(a => a.CategoryId).SingleAsync(Ct)));
    }

    // --- Managing one -----------------------------------------------------------------------

    [Fact]
    public async Task Renaming_a_section_keeps_its_slug_and_moves_its_version_on()
    {
        using var editor = await app.EditorAsync();
        var created = await NewSectionAsync(editor, new { name = "Văn hóa" });

        var renamed = await editor.PutRawAsync($"/api/v1/manage/categories/{created.Id}", new { name = "Văn hóa - Xã hội" }, IfMatch(created));

        var body = await renamed.BodyAsync<SectionBody>();
        Assert.Equal(("Văn hóa - Xã hội", "van-hoa"), (body.Name, body.Slug));
        Assert.NotEqual(IfMatch(created), renamed.Headers.ETag!.Tag);
    }

    [Fact]
    public async Task A_save_from_a_stale_version_is_a_412()
    {
        using var editor = await app.EditorAsync();
        var created = await NewSectionAsync(editor, new { name = "Thể thao" });
        Assert.Equal(200, (int)(await editor.PutRawAsync($"/api/v1/manage/categories/{created.Id}", new { name = "Thể thao - Giải trí" }, IfMatch(created))).StatusCode);

        await (await editor.PutRawAsync($"/api/v1/manage/categories/{created.Id}", new { name = "Cũ" }, IfMatch(created))).AssertProblemAsync(412);
    }

    [Fact]
    public async Task A_save_without_If_Match_is_a_428()
    {
        using var editor = await app.EditorAsync();
        var created = await NewSectionAsync(editor, new { name = "Du lịch" });

        await (await editor.PutRawAsync($"/api/v1/manage/categories/{created.Id}", new { name = "Không phiên bản" })).AssertProblemAsync(428);
    }

    [Fact]
    public async Task The_newsroom_reads_a_section_by_id_and_finds_it_in_its_list()
    {
        using var editor = await app.EditorAsync();
        var created = await NewSectionAsync(editor, new { name = "Y tế" });

        Assert.Equal(200, (int)(await editor.GetAsync($"/api/v1/manage/categories/{created.Id}", Ct)).StatusCode);
        Assert.Contains(await editor.GetBodyAsync<List<SectionBody>>("/api/v1/manage/categories"), c => c.Id == created.Id);
    }

    [Fact]
    public async Task An_unknown_section_is_not_found()
    {
        using var editor = await app.EditorAsync();

        await (await editor.GetAsync("/api/v1/manage/categories/424242", Ct)).AssertProblemAsync(404);
    }
}
