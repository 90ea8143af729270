using System.Net.Http.Json;
using Cms.Infrastructure.Changes;
using Cms.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Cms.Tests.Api;

/// <summary>
/// Editors correct tags: rename one for every item at once, or merge a stray spelling into the
/// right one. One behaviour per test; each test writes its own tags, so none sees another's.
/// </summary>
public sealed class TagCorrectionTests(CmsApp app) : IClassFixture<CmsApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // --- Renaming -----------------------------------------------------------------------------

    [Fact]
    public async Task A_rename_answers_with_the_new_name_its_slug_and_how_many_items_carry_it()
    {
        using var editor = await app.EditorAsync();
        await editor.PublishedAsync("articles", Samples.Article("Đua ghe trên sông Maspero", "Đua ghe"));
        await editor.PostJsonAsync("/api/v1/manage/videos", Samples.Video("Phim đua ghe").WithTags("đua  ghe"));

        var renamed = await editor.PostBodyAsync<TagCountBody>("/api/v1/manage/tags/dua-ghe/rename", new { name = "Đua ghe Ngo" });

        Assert.Equal(new TagCountBody("Đua ghe Ngo", "dua-ghe-ngo", 2), renamed);
    }

    [Fact]
    public async Task Every_item_carrying_a_renamed_tag_shows_the_new_name_drafts_included()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var published = (await editor.PublishedAsync("articles", Samples.Article("Lễ hội Oóc Om Bóc", "Oóc om bóc", "Lễ hội"))).As<ItemBody>();
        var draft = (await editor.PostJsonAsync("/api/v1/manage/videos", Samples.Video("Phim Oóc Om Bóc").WithTags("Oóc om bóc"))).As<ItemBody>();

        await editor.PostJsonAsync("/api/v1/manage/tags/ooc-om-boc/rename", new { name = "Lễ Oóc Om Bóc" });

        Assert.Equal(new HashSet<string> { "Lễ hội", "Lễ Oóc Om Bóc" }, (await reader.GetBodyAsync<ItemBody>($"/api/v1/articles/{published.Id}")).TagNames.ToHashSet());
        Assert.Contains("Lễ Oóc Om Bóc", (await editor.GetBodyAsync<ItemBody>($"/api/v1/manage/videos/{draft.Id}")).TagNames);
    }

    [Fact]
    public async Task A_rename_changes_the_etag_of_every_item_carrying_the_tag()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var item = (await editor.PublishedAsync("articles", Samples.Article("Ghe ngo về bến", "Ghe ngo"))).As<ItemBody>();
        var before = await reader.GetAsync($"/api/v1/articles/{item.Id}", Ct);

        await editor.PostJsonAsync("/api/v1/manage/tags/ghe-ngo/rename", new { name = "Ghe ngo Sóc Trăng" });

        var after = await reader.GetAsync($"/api/v1/articles/{item.Id}", Ct);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
    }

    [Fact]
    public async Task A_renamed_tags_page_and_list_are_at_its_new_slug()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var item = (await editor.PublishedAsync("articles", Samples.Article("Chợ nổi Ngã Năm", "Chợ nổi"))).As<ItemBody>();
        Assert.Equal(200, (int)(await reader.GetAsync("/api/v1/tags/cho-noi", Ct)).StatusCode); // cached before the rename

        await editor.PostJsonAsync("/api/v1/manage/tags/cho-noi/rename", new { name = "Chợ nổi Ngã Năm" });

        Assert.Equal(new TagBody("Chợ nổi Ngã Năm", "cho-noi-nga-nam"), await reader.GetBodyAsync<TagBody>("/api/v1/tags/cho-noi-nga-nam"));
        Assert.Equal([item.Id], (await reader.GetBodyAsync<PageBody<ItemBody>>("/api/v1/content?tag=cho-noi-nga-nam")).Items.Select(i => i.Id));
    }

    [Fact]
    public async Task The_old_slug_of_a_renamed_tag_still_leads_to_it()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var item = (await editor.PublishedAsync("articles", Samples.Article("Bánh pía Vũng Thơm", "Bánh pía"))).As<ItemBody>();

        await editor.PostJsonAsync("/api/v1/manage/tags/banh-pia/rename", new { name = "Bánh pía Sóc Trăng" });

        // Links, feeds and apps that kept the old slug.
        Assert.Equal("banh-pia-soc-trang", (await reader.GetBodyAsync<TagBody>("/api/v1/tags/banh-pia")).Slug);
        Assert.Equal([item.Id], (await reader.GetBodyAsync<PageBody<ItemBody>>("/api/v1/content?tag=banh-pia")).Items.Select(i => i.Id));
    }

    [Fact]
    public async Task A_story_typed_with_a_renamed_tags_old_spelling_gets_the_tag_it_became()
    {
        using var editor = await app.EditorAsync();
        await editor.PublishedAsync("articles", Samples.Article("Lúa ST25", "Gạo thơm"));
        await editor.PostJsonAsync("/api/v1/manage/tags/gao-thom/rename", new { name = "Gạo ST25" });

        var typedOld = await editor.PostBodyAsync<ItemBody>("/api/v1/manage/articles", Samples.Article("Bài gõ tên cũ", "Gạo thơm", "Gạo ST25"));

        Assert.Equal(["Gạo ST25"], typedOld.TagNames);
        Assert.False(await app.DbAsync(db => db.Tags.AnyAsync(t => t.Slug == "gao-thom", Ct)));
    }

    [Fact]
    public async Task A_rename_logs_each_item_for_the_changes_feed_but_keeps_its_last_changed_time()
    {
        using var editor = await app.EditorAsync();
        var item = (await editor.PublishedAsync("articles", Samples.Article("Khóm Cù Lao Dung", "Khóm"))).As<ItemBody>();
        var logged = await LoggedChangesAsync(item.Id);
        var lastChanged = await UpdatedAtAsync(item.Id);

        await editor.PostJsonAsync("/api/v1/manage/tags/khom/rename", new { name = "Khóm Cù Lao Dung" });

        // Apps syncing their copy hear of the item; the editors' "last changed" is what editors did.
        Assert.Equal(logged + 1, await LoggedChangesAsync(item.Id));
        Assert.Equal(lastChanged, await UpdatedAtAsync(item.Id));
    }

    [Fact]
    public async Task A_rename_that_only_changes_case_keeps_the_slug_and_the_items()
    {
        using var editor = await app.EditorAsync();
        await editor.PublishedAsync("articles", Samples.Article("Hát Dù Kê", "Dù kê"));

        var recased = await editor.PostBodyAsync<TagCountBody>("/api/v1/manage/tags/" + Uri.EscapeDataString("Dù kê") + "/rename", new { name = "Dù Kê" });

        Assert.Equal(new TagCountBody("Dù Kê", "du-ke", 1), recased);
    }

    [Fact]
    public async Task A_rename_onto_another_tags_slug_is_a_conflict_that_points_to_merging()
    {
        using var editor = await app.EditorAsync();
        await editor.PublishedAsync("articles", Samples.Article("Bài có hai từ khoá", "Kinh tế biển", "Kinh tế"));

        var taken = await editor.PostAsJsonAsync("/api/v1/manage/tags/kinh-te-bien/rename", new { name = "Kinh Tế" }, Ct);

        Assert.Contains("merge", (await taken.AssertProblemAsync(409)).Detail, StringComparison.Ordinal);
        Assert.Equal(["kinh-te", "kinh-te-bien"], await TagSlugsStartingAsync("kinh-te"));
    }

    [Fact]
    public async Task Renaming_an_unknown_tag_is_not_found()
    {
        using var editor = await app.EditorAsync();

        await (await editor.PostAsJsonAsync("/api/v1/manage/tags/khong-co/rename", new { name = "Mới" }, Ct)).AssertProblemAsync(404);
    }

    [Fact]
    public async Task A_new_name_without_letters_or_digits_is_refused_and_changes_nothing()
    {
        using var editor = await app.EditorAsync();
        await editor.PublishedAsync("articles", Samples.Article("Bài về sen", "Hoa sen"));

        var refused = await editor.PostAsJsonAsync("/api/v1/manage/tags/hoa-sen/rename", new { name = "!!!" }, Ct);

        Assert.Contains("name", await refused.AssertValidationErrorsAsync());
        Assert.Equal(["hoa-sen"], await TagSlugsStartingAsync("hoa-sen"));
    }

    [Fact]
    public async Task An_author_may_not_rename_a_tag()
    {
        using var editor = await app.EditorAsync();
        await editor.PublishedAsync("articles", Samples.Article("Bài về tôm", "Tôm càng"));
        using var author = await app.UserAsync("author");

        var refused = await author.PostAsJsonAsync("/api/v1/manage/tags/tom-cang/rename", new { name = "Tôm" }, Ct);

        Assert.Equal(403, (int)refused.StatusCode);
        Assert.Equal(["tom-cang"], await TagSlugsStartingAsync("tom"));
    }

    // --- Merging ------------------------------------------------------------------------------

    [Fact]
    public async Task A_merge_gives_the_strays_items_to_the_tag_kept_once_each()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var onlyStray = (await editor.PublishedAsync("articles", Samples.Article("Tin một", "TP Sóc Trăng"))).As<ItemBody>();
        var both = (await editor.PublishedAsync("articles", Samples.Article("Tin hai", "TP Sóc Trăng", "Thành phố Sóc Trăng"))).As<ItemBody>();
        var onlyKept = (await editor.PublishedAsync("interviews", Samples.Interview("Phỏng vấn ba").WithTags("Thành phố Sóc Trăng"))).As<ItemBody>();
        Assert.Equal(2, (await reader.GetBodyAsync<PageBody<ItemBody>>("/api/v1/content?tag=thanh-pho-soc-trang")).TotalItems); // counted and cached

        var merged = await editor.PostBodyAsync<TagCountBody>("/api/v1/manage/tags/tp-soc-trang/merge", new { into = "Thành phố Sóc Trăng" });

        Assert.Equal(new TagCountBody("Thành phố Sóc Trăng", "thanh-pho-soc-trang", 3), merged);
        var list = await reader.GetBodyAsync<PageBody<ItemBody>>("/api/v1/content?tag=thanh-pho-soc-trang");
        Assert.Equal(3, list.TotalItems);
        Assert.Equal([onlyStray.Id, both.Id, onlyKept.Id], list.Items.Select(i => i.Id).Order());
        Assert.Equal(["Thành phố Sóc Trăng"], (await reader.GetBodyAsync<ItemBody>($"/api/v1/articles/{both.Id}")).TagNames);
    }

    [Fact]
    public async Task A_merged_tag_is_gone_and_its_page_and_feed_lead_to_the_tag_kept()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        await editor.PublishedAsync("articles", Samples.Article("Tin Vĩnh Châu", "TX Vĩnh Châu", "Thị xã Vĩnh Châu"));

        await editor.PostJsonAsync("/api/v1/manage/tags/tx-vinh-chau/merge", new { into = "thi-xa-vinh-chau" });

        Assert.False(await app.DbAsync(db => db.Tags.AnyAsync(t => t.Slug == "tx-vinh-chau", Ct)));
        Assert.Equal("thi-xa-vinh-chau", (await reader.GetBodyAsync<TagBody>("/api/v1/tags/tx-vinh-chau")).Slug);
        var feed = await reader.GetAsync("/api/v1/feeds/rss?tag=tx-vinh-chau", Ct);
        Assert.Equal(200, (int)feed.StatusCode);
        Assert.Contains("/tu-khoa/thi-xa-vinh-chau</link>", await feed.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_merge_logs_only_the_items_that_carried_the_stray()
    {
        using var editor = await app.EditorAsync();
        var both = (await editor.PublishedAsync("articles", Samples.Article("Tin Mỹ Xuyên", "Huyện MX", "Mỹ Xuyên"))).As<ItemBody>();
        var onlyKept = (await editor.PublishedAsync("articles", Samples.Article("Tin Mỹ Xuyên hai", "Mỹ Xuyên"))).As<ItemBody>();
        var logged = await LoggedChangesAsync(both.Id);
        var untouched = await LoggedChangesAsync(onlyKept.Id);

        await editor.PostJsonAsync("/api/v1/manage/tags/huyen-mx/merge", new { into = "my-xuyen" });

        Assert.Equal(logged + 1, await LoggedChangesAsync(both.Id));
        Assert.Equal(untouched, await LoggedChangesAsync(onlyKept.Id));
    }

    [Fact]
    public async Task A_merge_from_an_unknown_tag_is_not_found()
    {
        using var editor = await app.EditorAsync();
        await editor.PublishedAsync("articles", Samples.Article("Tin Long Phú", "Long Phú"));

        await (await editor.PostAsJsonAsync("/api/v1/manage/tags/khong-co-tag-nay/merge", new { into = "long-phu" }, Ct)).AssertProblemAsync(404);
    }

    [Theory]
    [InlineData("Kế Sách", "ke-sach", "Kế Sách")] // into itself, by name
    [InlineData("Châu Thành", "chau-thanh", "khong-co-tu-nay")] // into a tag that does not exist
    public async Task A_merge_into_itself_or_into_no_tag_is_refused_and_changes_nothing(string tag, string slug, string into)
    {
        using var editor = await app.EditorAsync();
        await editor.PublishedAsync("articles", Samples.Article("Tin " + tag, tag));

        var refused = await editor.PostAsJsonAsync($"/api/v1/manage/tags/{slug}/merge", new { into }, Ct);

        Assert.Contains("into", await refused.AssertValidationErrorsAsync());
        Assert.Equal(new TagCountBody(tag, slug, 1), (await editor.GetBodyAsync<List<TagCountBody>>("/api/v1/manage/tags?q=" + Uri.EscapeDataString(tag))).Single());
    }

    [Fact]
    public async Task A_tag_renamed_after_a_merge_is_reached_by_both_old_slugs()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        await editor.PublishedAsync("articles", Samples.Article("Tin Trần Đề", "Cảng TĐ", "Cảng Trần Đề"));
        await editor.PostJsonAsync("/api/v1/manage/tags/cang-td/merge", new { into = "cang-tran-de" });

        await editor.PostJsonAsync("/api/v1/manage/tags/cang-tran-de/rename", new { name = "Cảng biển Trần Đề" });

        Assert.Equal("cang-bien-tran-de", (await reader.GetBodyAsync<TagBody>("/api/v1/tags/cang-td")).Slug);
        Assert.Equal("cang-bien-tran-de", (await reader.GetBodyAsync<TagBody>("/api/v1/tags/cang-tran-de")).Slug);
    }

    [Fact]
    public async Task Taking_an_old_slug_back_as_a_name_makes_it_the_tags_own_again()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        await editor.PublishedAsync("articles", Samples.Article("Tin Thạnh Trị", "TT Thạnh Trị", "Thị trấn Thạnh Trị"));
        await editor.PostJsonAsync("/api/v1/manage/tags/tt-thanh-tri/merge", new { into = "thi-tran-thanh-tri" });

        await editor.PostJsonAsync("/api/v1/manage/tags/thi-tran-thanh-tri/rename", new { name = "TT Thạnh Trị" });

        Assert.Equal("tt-thanh-tri", (await reader.GetBodyAsync<TagBody>("/api/v1/tags/thi-tran-thanh-tri")).Slug);
        Assert.Equal(["thi-tran-thanh-tri"], await app.DbAsync(db => db.TagAliases.Where(a => a.Tag!.Slug == "tt-thanh-tri").Select(a => a.Slug).ToListAsync(Ct)));
    }

    private Task<int> LoggedChangesAsync(long id) => app.DbAsync(db => db.Set<ContentChange>().CountAsync(c => c.ContentId == id, Ct));

    private Task<DateTimeOffset> UpdatedAtAsync(long id) => app.DbAsync(db => db.ContentItems.Where(c => c.Id == id).Select(c => c.UpdatedAt).SingleAsync(Ct));

    private Task<List<string>> TagSlugsStartingAsync(string prefix) =>
        app.DbAsync(db => db.Tags.Where(t => t.Slug.StartsWith(prefix)).Select(t => t.Slug).OrderBy(s => s).ToListAsync(Ct));
}
