using Cms.Infrastructure.Changes;
using Cms.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Cms.Tests.Api;

/// <summary>
/// "Tiêu điểm": editors choose and order the stories leading the home page and each section;
/// readers see the public ones.
/// <para>
/// The home page's list (no section) is one list for the whole class, and the class's tests run in
/// any order: every test that uses it first saves it as exactly the items it needs, from the
/// version it finds (SaveHomeAsync), so none depends on what another left there. Every other test
/// works on a section of its own.
/// </para>
/// </summary>
public sealed class FeaturedTests(CmsApp app) : IClassFixture<CmsApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<HttpResponseMessage> PutAsync(HttpClient client, string query, object itemIds, string? ifMatch) =>
        client.PutRawAsync("/api/v1/manage/featured" + query, new { itemIds }, ifMatch);

    /// <summary>Saves the home page's list as exactly these items, from the version it has now (whatever another test left).</summary>
    private static async Task<HttpResponseMessage> SaveHomeAsync(HttpClient editor, params long[] itemIds)
    {
        var current = (await editor.GetAsync("/api/v1/manage/featured", Ct)).Headers.ETag!.Tag;
        var saved = await PutAsync(editor, "", itemIds, current);
        Assert.Equal(200, (int)saved.StatusCode);
        return saved;
    }

    private static async Task<SectionBody> NewSectionAsync(HttpClient editor, string name) =>
        await editor.PostBodyAsync<SectionBody>("/api/v1/manage/categories", new { name });

    private static async Task<long> PublishedAsync(HttpClient editor, string title) =>
        (await editor.PublishedAsync("articles", Samples.Article(title))).As<ItemBody>().Id;

    /// <summary>Four items to place, oldest first: a published article, a draft interview, a published video and an article scheduled for next week.</summary>
    private sealed record Four(long Older, long Draft, long Newer, long Later)
    {
        public long[] All => [Older, Draft, Newer, Later];
    }

    private static async Task<Four> FourItemsAsync(HttpClient editor)
    {
        var older = await PublishedAsync(editor, "Khánh thành cầu Đại Ngãi");
        var newer = (await editor.PublishedAsync("videos", Samples.Video("Phim tư liệu về Đại Ngãi"))).As<ItemBody>().Id;
        var draft = (await editor.PostBodyAsync<ItemBody>("/api/v1/manage/interviews", Samples.Interview("Phỏng vấn sắp đăng"))).Id;
        var later = (await editor.PostBodyAsync<ItemBody>("/api/v1/manage/articles", Samples.Article("Bài đăng tuần sau"))).Id;
        await editor.PostJsonAsync($"/api/v1/manage/articles/{later}/schedule", new { publishAt = DateTimeOffset.UtcNow.AddDays(7) });
        return new Four(older, draft, newer, later);
    }

    private Task<long[]> StoredAsync(int? categoryId) =>
        app.DbAsync(db => db.FeaturedLists.AsNoTracking().Where(f => f.CategoryId == categoryId).Select(f => f.ItemIds.ToArray()).SingleAsync(Ct));

    private Task<bool> ListExistsAsync(int? categoryId) =>
        app.DbAsync(db => db.FeaturedLists.AnyAsync(f => f.CategoryId == categoryId, Ct));

    private Task<int> LoggedAsync(long id) => app.DbAsync(db => db.Set<ContentChange>().CountAsync(c => c.ContentId == id, Ct));

    // --- The home page's list ---------------------------------------------------------------

    [Fact]
    public async Task A_saved_home_list_keeps_the_editors_order_and_answers_each_item_with_whether_readers_see_it()
    {
        using var editor = await app.EditorAsync();
        var four = await FourItemsAsync(editor);
        var cleared = await SaveHomeAsync(editor);

        // The older story leads, whatever the dates say; a draft and a scheduled one wait in line.
        var saved = await SaveHomeAsync(editor, four.All);

        Assert.NotEqual(cleared.Headers.ETag, saved.Headers.ETag);
        var managed = await saved.BodyAsync<FeaturedListBody>();
        Assert.Equal(four.All, managed.Ids);
        Assert.Equal([true, false, true, false], managed.Items.Select(e => e.IsPublic));
        Assert.Equal(["published", "draft", "published", "scheduled"], managed.Items.Select(e => e.Item.Status));
        Assert.Equal(CmsApp.AdminUser, managed.UpdatedBy);
        Assert.Null(managed.Category);
        Assert.Equal(four.All, await StoredAsync(null));
    }

    [Fact]
    public async Task Readers_get_the_public_items_of_the_home_list_in_order_and_not_a_cached_copy_from_before_the_save()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var four = await FourItemsAsync(editor);
        await SaveHomeAsync(editor);
        Assert.Empty((await reader.GetBodyAsync<FeaturedBody>("/api/v1/featured")).Items); // cached now

        await SaveHomeAsync(editor, four.All);

        var response = await reader.GetAsync("/api/v1/featured", Ct);
        Assert.StartsWith("public", response.Headers.CacheControl!.ToString());
        var featured = await response.BodyAsync<FeaturedBody>();
        Assert.Equal([four.Older, four.Newer], featured.Ids); // the cached empty list is gone
        Assert.Equal("Khánh thành cầu Đại Ngãi", featured.Items[0].Title);
        Assert.Equal("video", featured.Items[1].Type);
    }

    [Fact]
    public async Task A_placed_draft_shows_in_its_place_once_published()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var four = await FourItemsAsync(editor);
        await SaveHomeAsync(editor, four.All);

        await editor.PostJsonAsync($"/api/v1/manage/interviews/{four.Draft}/publish", new { });

        Assert.Equal([four.Older, four.Draft, four.Newer], (await reader.GetBodyAsync<FeaturedBody>("/api/v1/featured")).Ids);
    }

    [Fact]
    public async Task An_unpublished_item_drops_out_for_readers_but_keeps_its_place_for_editors()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var four = await FourItemsAsync(editor);
        await SaveHomeAsync(editor, four.All);

        await editor.PostJsonAsync($"/api/v1/manage/videos/{four.Newer}/unpublish", new { });

        Assert.Equal([four.Older], (await reader.GetBodyAsync<FeaturedBody>("/api/v1/featured")).Ids);
        Assert.Equal(four.All, (await editor.GetBodyAsync<FeaturedListBody>("/api/v1/manage/featured")).Ids);
    }

    [Fact]
    public async Task A_deleted_item_just_stops_appearing_for_readers_and_editors()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var four = await FourItemsAsync(editor);
        await SaveHomeAsync(editor, four.All);

        var deleted = await editor.SendAsync(HttpExtensions.Request(HttpMethod.Delete, $"/api/v1/manage/articles/{four.Older}", null, "*"), Ct);

        Assert.Equal(204, (int)deleted.StatusCode);
        Assert.Equal([four.Newer], (await reader.GetBodyAsync<FeaturedBody>("/api/v1/featured")).Ids);
        Assert.Equal([four.Draft, four.Newer, four.Later], (await editor.GetBodyAsync<FeaturedListBody>("/api/v1/manage/featured")).Ids);
    }

    [Fact]
    public async Task A_cleared_home_list_is_empty_for_readers()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var four = await FourItemsAsync(editor);
        await SaveHomeAsync(editor, four.All);
        Assert.NotEmpty((await reader.GetBodyAsync<FeaturedBody>("/api/v1/featured")).Items); // cached now

        await SaveHomeAsync(editor);

        Assert.Empty((await reader.GetBodyAsync<FeaturedBody>("/api/v1/featured")).Items);
    }

    // --- Sections' lists --------------------------------------------------------------------

    [Fact]
    public async Task A_sections_list_never_saved_is_empty_at_version_0()
    {
        using var editor = await app.EditorAsync();
        var section = await NewSectionAsync(editor, "Nông thôn mới chưa lưu");

        var fresh = await editor.GetAsync($"/api/v1/manage/featured?category={section.Slug}", Ct);

        Assert.Equal("\"0\"", fresh.Headers.ETag!.Tag);
        var body = await fresh.BodyAsync<FeaturedListBody>();
        Assert.Empty(body.Items);
        Assert.Null(body.UpdatedAt);
    }

    [Fact]
    public async Task Each_section_has_its_own_list_apart_from_the_home_pages()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var section = await NewSectionAsync(editor, "Nông thôn mới");
        var item = await PublishedAsync(editor, "Xã Phú Tâm đạt chuẩn nông thôn mới");
        var home = await PublishedAsync(editor, "Tin đầu trang chủ");

        Assert.Equal(200, (int)(await PutAsync(editor, $"?category={section.Slug}", new[] { item }, "\"0\"")).StatusCode);
        await SaveHomeAsync(editor, home);

        var list = await reader.GetBodyAsync<FeaturedBody>($"/api/v1/featured?category={section.Slug}");
        Assert.Equal([item], list.Ids);
        Assert.Equal("Nông thôn mới", list.Category!.Name);
        Assert.Equal([home], (await reader.GetBodyAsync<FeaturedBody>("/api/v1/featured")).Ids);
        Assert.Equal(section.Slug, (await editor.GetBodyAsync<FeaturedListBody>($"/api/v1/manage/featured?category={section.Slug}")).Category!.Slug);
    }

    [Fact]
    public async Task An_unknown_section_has_no_list_to_read_or_save()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var item = await PublishedAsync(editor, "Tin cho chuyên mục không có");

        await (await reader.GetAsync("/api/v1/featured?category=khong-co", Ct)).AssertProblemAsync(404);
        await (await editor.GetAsync("/api/v1/manage/featured?category=khong-co", Ct)).AssertProblemAsync(404);
        await (await PutAsync(editor, "?category=khong-co", new[] { item }, "*")).AssertProblemAsync(404);
    }

    [Fact]
    public async Task A_sections_list_goes_with_the_section_and_the_home_list_stays()
    {
        using var editor = await app.EditorAsync();
        var section = await NewSectionAsync(editor, "Nông thôn mới sắp xoá");
        var item = await PublishedAsync(editor, "Xã Long Bình đạt chuẩn nông thôn mới");
        var home = await PublishedAsync(editor, "Tin đầu trang chủ hôm nay");
        Assert.Equal(200, (int)(await PutAsync(editor, $"?category={section.Slug}", new[] { item }, "\"0\"")).StatusCode);
        await SaveHomeAsync(editor, home);

        var removed = await editor.SendAsync(HttpExtensions.Request(HttpMethod.Delete, $"/api/v1/manage/categories/{section.Id}", null, "*"), Ct);

        Assert.Equal(204, (int)removed.StatusCode);
        Assert.False(await ListExistsAsync(section.Id));
        Assert.Equal([home], await StoredAsync(null));
    }

    // --- The changes feed -------------------------------------------------------------------
    // Items placed on or taken off a list reach the changes feed, so a static site rewrites the page they lead.

    [Fact]
    public async Task An_item_placed_on_a_list_reaches_the_changes_feed_and_no_other_does()
    {
        using var editor = await app.EditorAsync();
        var section = await NewSectionAsync(editor, "Kinh tế biển");
        var first = await PublishedAsync(editor, "Cảng Trần Đề khởi công");
        var untouched = await PublishedAsync(editor, "Tin không lên tiêu điểm");
        var before = (await LoggedAsync(first), await LoggedAsync(untouched));

        Assert.Equal(200, (int)(await PutAsync(editor, $"?category={section.Slug}", new[] { first }, "\"0\"")).StatusCode);

        Assert.Equal((before.Item1 + 1, before.Item2), (await LoggedAsync(first), await LoggedAsync(untouched)));
    }

    [Fact]
    public async Task Swapping_an_item_names_both_the_one_leaving_and_the_one_joining_in_the_changes_feed()
    {
        using var editor = await app.EditorAsync();
        var section = await NewSectionAsync(editor, "Kinh tế biển hoán đổi");
        var first = await PublishedAsync(editor, "Cảng Trần Đề hoàn thành giai đoạn một");
        var second = await PublishedAsync(editor, "Tôm xuất khẩu tăng giá");
        var untouched = await PublishedAsync(editor, "Tin vẫn không lên tiêu điểm");
        var placed = await PutAsync(editor, $"?category={section.Slug}", new[] { first }, "\"0\"");
        Assert.Equal(200, (int)placed.StatusCode);
        var before = (await LoggedAsync(first), await LoggedAsync(second), await LoggedAsync(untouched));

        Assert.Equal(200, (int)(await PutAsync(editor, $"?category={section.Slug}", new[] { second }, placed.Headers.ETag!.Tag)).StatusCode);

        Assert.Equal((before.Item1 + 1, before.Item2 + 1, before.Item3), (await LoggedAsync(first), await LoggedAsync(second), await LoggedAsync(untouched)));
    }

    [Fact]
    public async Task A_stale_save_changes_nothing_in_the_changes_feed_either()
    {
        using var editor = await app.EditorAsync();
        var section = await NewSectionAsync(editor, "Kinh tế biển cũ");
        var first = await PublishedAsync(editor, "Cảng Trần Đề đón tàu đầu tiên");
        var second = await PublishedAsync(editor, "Giá tôm giảm nhẹ");
        var untouched = await PublishedAsync(editor, "Tin không bao giờ lên tiêu điểm");
        var placed = await PutAsync(editor, $"?category={section.Slug}", new[] { first }, "\"0\"");
        Assert.Equal(200, (int)(await PutAsync(editor, $"?category={section.Slug}", new[] { second }, placed.Headers.ETag!.Tag)).StatusCode);
        var before = await LoggedAsync(untouched);

        await (await PutAsync(editor, $"?category={section.Slug}", new[] { untouched }, placed.Headers.ETag!.Tag)).AssertProblemAsync(412);

        Assert.Equal(before, await LoggedAsync(untouched));
    }

    // --- Saving safely ----------------------------------------------------------------------

    [Fact]
    public async Task A_save_without_If_Match_is_a_428()
    {
        using var editor = await app.EditorAsync();
        var section = await NewSectionAsync(editor, "Thời sự không phiên bản");
        var first = await PublishedAsync(editor, "Tin thứ nhất không phiên bản");

        await (await PutAsync(editor, $"?category={section.Slug}", new[] { first }, null)).AssertProblemAsync(428);
    }

    [Fact]
    public async Task A_save_from_a_copy_loaded_before_another_editors_save_is_refused_and_overwrites_nothing()
    {
        using var editor = await app.EditorAsync();
        using var other = await app.UserAsync("editor");
        var section = await NewSectionAsync(editor, "Thời sự kiểm thử");
        var first = await PublishedAsync(editor, "Tin thứ nhất");
        var second = await PublishedAsync(editor, "Tin thứ hai");
        Assert.Equal(200, (int)(await PutAsync(editor, $"?category={section.Slug}", new[] { first }, "\"0\"")).StatusCode);

        // The other editor loaded the list before that save.
        await (await PutAsync(other, $"?category={section.Slug}", new[] { second }, "\"0\"")).AssertProblemAsync(412);

        Assert.Equal([first], (await other.GetBodyAsync<FeaturedListBody>($"/api/v1/manage/featured?category={section.Slug}")).Ids);
    }

    [Fact]
    public async Task A_save_from_the_list_as_it_is_now_succeeds()
    {
        using var editor = await app.EditorAsync();
        using var other = await app.UserAsync("editor");
        var section = await NewSectionAsync(editor, "Thời sự tải lại");
        var first = await PublishedAsync(editor, "Tin thứ nhất tải lại");
        var second = await PublishedAsync(editor, "Tin thứ hai tải lại");
        Assert.Equal(200, (int)(await PutAsync(editor, $"?category={section.Slug}", new[] { first }, "\"0\"")).StatusCode);
        var current = await other.GetAsync($"/api/v1/manage/featured?category={section.Slug}", Ct);

        var saved = await PutAsync(other, $"?category={section.Slug}", new[] { second, first }, current.Headers.ETag!.Tag);

        Assert.Equal(200, (int)saved.StatusCode);
        Assert.Equal([second, first], await StoredAsync(section.Id));
    }

    // --- What a list may hold ---------------------------------------------------------------

    [Theory]
    [InlineData("unknown", "itemIds[1]")]
    [InlineData("repeated", "itemIds[2]")]
    [InlineData("zero", "itemIds[0]")]
    [InlineData("too many", "itemIds")]
    [InlineData("missing", "itemIds")]
    public async Task Unknown_repeated_or_too_many_items_are_a_400_naming_the_place_and_change_nothing(string what, string place)
    {
        using var editor = await app.EditorAsync();
        var section = await NewSectionAsync(editor, $"Kinh tế kiểm thử {what}");
        var item = await PublishedAsync(editor, "Giá lúa tăng");
        Assert.Equal(200, (int)(await PutAsync(editor, $"?category={section.Slug}", new[] { item }, "*")).StatusCode);
        object body = what switch
        {
            "unknown" => new { itemIds = new[] { item, 987654321 } },
            "repeated" => new { itemIds = new[] { item, 1, item } },
            "zero" => new { itemIds = new[] { 0L } },
            "too many" => new { itemIds = Enumerable.Range(1, 21).Select(i => (long)i).ToArray() },
            _ => new { },
        };

        var response = await editor.PutRawAsync($"/api/v1/manage/featured?category={section.Slug}", body, "*");

        Assert.Contains(place, await response.AssertValidationErrorsAsync());
        Assert.Equal([item], await StoredAsync(section.Id));
    }

    [Fact]
    public async Task Authors_may_not_save_a_featured_list()
    {
        using var editor = await app.EditorAsync();
        using var author = await app.UserAsync("author");
        var section = await NewSectionAsync(editor, "Kinh tế tác giả");
        var item = await PublishedAsync(editor, "Giá lúa giữ vững");
        Assert.Equal(200, (int)(await PutAsync(editor, $"?category={section.Slug}", new[] { item }, "*")).StatusCode);

        Assert.Equal(403, (int)(await PutAsync(author, $"?category={section.Slug}", Array.Empty<long>(), "*")).StatusCode);

        Assert.Equal([item], await StoredAsync(section.Id));
    }
}
