using Cms.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Cms.Tests.Api;

/// <summary>GET /tags/{slug}: the name a tag page shows, only for tags the public can see items of.</summary>
public sealed class TagTests(CmsApp app) : IClassFixture<CmsApp>
{
    private static readonly SemaphoreSlim SuggestionTagsGate = new(1, 1);

    private static CmsApp? suggestionTagsArrangedFor;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // --- A tag's page -------------------------------------------------------------------------

    [Fact]
    public async Task A_tag_of_a_published_item_gives_its_name_and_slug()
    {
        using var reader = app.Anonymous();
        await PublishedWithTagAsync("Đua ghe Ngo tên");

        var tag = await reader.GetBodyAsync<TagBody>("/api/v1/tags/dua-ghe-ngo-ten");

        Assert.Equal(new TagBody("Đua ghe Ngo tên", "dua-ghe-ngo-ten"), tag);
    }

    [Fact]
    public async Task A_tags_page_may_be_cached_publicly_and_has_an_etag()
    {
        using var reader = app.Anonymous();
        await PublishedWithTagAsync("Đua ghe Ngo bộ nhớ đệm");

        var response = await reader.GetAsync("/api/v1/tags/dua-ghe-ngo-bo-nho-dem", Ct);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.StartsWith("public", response.Headers.CacheControl!.ToString());
        Assert.NotNull(response.Headers.ETag);
    }

    [Fact]
    public async Task A_tags_list_holds_its_published_item()
    {
        using var reader = app.Anonymous();
        var item = await PublishedWithTagAsync("Đua ghe Ngo danh sách");

        var list = await reader.GetBodyAsync<PageBody<ItemBody>>("/api/v1/content?tag=dua-ghe-ngo-danh-sach");

        Assert.Equal([item.Id], list.Items.Select(i => i.Id));
    }

    [Fact]
    public async Task A_tag_given_by_its_name_as_written_lists_the_same_items()
    {
        using var reader = app.Anonymous();
        var item = await PublishedWithTagAsync("Đua ghe Ngo như viết");

        // Apps and editors may give the name as written; it works out to the same tag.
        var byName = await reader.GetBodyAsync<PageBody<ItemBody>>("/api/v1/articles?tag=" + Uri.EscapeDataString("Đua ghe Ngo như viết"));

        Assert.Equal([item.Id], byName.Items.Select(i => i.Id));
        Assert.Equal(1, byName.TotalItems);
    }

    [Fact]
    public async Task A_tags_page_asked_by_its_name_in_capitals_is_the_tag()
    {
        using var reader = app.Anonymous();
        await PublishedWithTagAsync("Đua ghe Ngo chữ hoa");

        var tag = await reader.GetBodyAsync<TagBody>("/api/v1/tags/" + Uri.EscapeDataString("ĐUA GHE NGO CHỮ HOA"));

        Assert.Equal("dua-ghe-ngo-chu-hoa", tag.Slug);
    }

    [Fact]
    public async Task A_tag_without_letters_or_digits_is_a_400()
    {
        using var reader = app.Anonymous();

        Assert.Contains("tag", await (await reader.GetAsync("/api/v1/content?tag=%21%21%21", Ct)).AssertValidationErrorsAsync());
    }

    [Fact]
    public async Task A_tag_only_drafts_carry_is_a_404()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        await editor.PostJsonAsync("/api/v1/manage/articles", Samples.Article("Nhân sự sắp công bố", "Nhân sự mới"));

        await (await reader.GetAsync("/api/v1/tags/nhan-su-moi", Ct)).AssertProblemAsync(404);
    }

    [Fact]
    public async Task A_tag_that_does_not_exist_is_a_404()
    {
        using var reader = app.Anonymous();

        await (await reader.GetAsync("/api/v1/tags/khong-co-tu-khoa-nay", Ct)).AssertProblemAsync(404);
    }

    [Fact]
    public async Task A_tag_goes_when_its_last_public_item_is_unpublished()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var item = (await editor.PublishedAsync("videos", Samples.Video("Phim về Chùa Dơi").WithTags("Chùa Dơi"))).As<ItemBody>();
        Assert.Equal("Chùa Dơi", (await reader.GetBodyAsync<TagBody>("/api/v1/tags/chua-doi")).Name); // cached now

        await editor.PostJsonAsync($"/api/v1/manage/videos/{item.Id}/unpublish", new { });

        await (await reader.GetAsync("/api/v1/tags/chua-doi", Ct)).AssertProblemAsync(404);
    }

    // --- A tag's list as its items change -----------------------------------------------------

    [Fact]
    public async Task A_tags_list_holds_its_public_items_newest_first()
    {
        var story = await TagStoryAsync("Cầu Mỹ Thuận một", Stage.Arranged);

        Assert.Equal([story.Video, story.First], await ListedAsync(story.Tag));
    }

    [Fact]
    public async Task A_types_list_within_a_tag_checks_the_type_on_the_item()
    {
        var story = await TagStoryAsync("Cầu Mỹ Thuận hai", Stage.Arranged);

        Assert.Equal([story.First], await ListedAsync(story.Tag, "articles"));
    }

    [Fact]
    public async Task A_tags_list_counts_its_public_items()
    {
        var story = await TagStoryAsync("Cầu Mỹ Thuận ba", Stage.Arranged);

        Assert.Equal(2, await TotalAsync(story.Tag));
    }

    [Fact]
    public async Task A_scheduled_item_joins_its_tags_list_newest_first_and_counted_when_its_time_comes()
    {
        var story = await TagStoryAsync("Cầu Mỹ Thuận bốn", Stage.Arranged);
        Assert.Equal([story.Video, story.First], await ListedAsync(story.Tag)); // listed, counted and cached before its time

        app.Clock.Advance(TimeSpan.FromMinutes(10));

        Assert.Equal([story.Scheduled, story.Video, story.First], await ListedAsync(story.Tag));
        Assert.Equal(3, await TotalAsync(story.Tag));
    }

    [Fact]
    public async Task An_unpublished_item_leaves_its_tags_list_and_a_published_item_given_the_tag_joins_it_in_its_place()
    {
        var story = await TagStoryAsync("Cầu Mỹ Thuận năm", Stage.Changed);

        Assert.Equal([story.Scheduled, story.Untagged, story.Video], await ListedAsync(story.Tag));
    }

    [Fact]
    public async Task Numbered_pages_within_a_tag_follow_its_list()
    {
        var story = await TagStoryAsync("Cầu Mỹ Thuận sáu", Stage.Changed);
        using var reader = app.Anonymous();

        var page2 = await reader.GetBodyAsync<PageBody<ItemBody>>($"/api/v1/content?tag={story.Tag}&pageSize=2&page=2");

        Assert.Equal([story.Video], page2.Items.Select(i => i.Id));
    }

    [Fact]
    public async Task A_cursor_within_a_tag_follows_its_list()
    {
        var story = await TagStoryAsync("Cầu Mỹ Thuận bảy", Stage.Changed);
        using var reader = app.Anonymous();

        var cursor = (await reader.GetBodyAsync<PageBody<ItemBody>>($"/api/v1/content?tag={story.Tag}&pageSize=1")).NextCursor!;
        var next = await reader.GetBodyAsync<PageBody<ItemBody>>($"/api/v1/content?tag={story.Tag}&pageSize=1&after={Uri.EscapeDataString(cursor)}");

        Assert.Equal([story.Untagged], next.Items.Select(i => i.Id));
    }

    [Fact]
    public async Task Every_link_holds_its_items_state_through_scheduling_unpublishing_and_retagging()
    {
        await TagStoryAsync("Cầu Mỹ Thuận tám", Stage.Changed);

        // As the list reads it.
        Assert.Equal(0, await app.DbAsync(db => db.Database.SqlQuery<int>($"""
            SELECT count(*)::int AS "Value" FROM content_item_tags l JOIN content_items c ON c.id = l.content_item_id
            WHERE l.status IS DISTINCT FROM c.status OR l.published_at IS DISTINCT FROM c.published_at
            """).SingleAsync(Ct)));
    }

    // --- Suggestions for editors typing a tag -------------------------------------------------

    [Fact]
    public async Task Editors_typing_a_tag_get_the_ones_in_use_whatever_the_tone_marks_dd_and_case()
    {
        using var editor = await SuggestionTagsAsync();

        // "soc tr" starts a word of both.
        Assert.Equal([("Sóc Trăng", 2), ("Thành phố Sóc Trăng", 1)], await SuggestedAsync(editor, "SOC tr"));
    }

    [Fact]
    public async Task A_tag_a_typed_word_starts_comes_before_one_it_is_inside_though_used_less()
    {
        using var editor = await SuggestionTagsAsync();

        // "rang" starts "Rạng Đông" but is inside "Trăng".
        Assert.Equal([("Rạng Đông", 1), ("Sóc Trăng", 2), ("Thành phố Sóc Trăng", 1)], await SuggestedAsync(editor, "rang"));
    }

    [Fact]
    public async Task A_limit_caps_the_suggestions_keeping_the_most_used()
    {
        using var editor = await SuggestionTagsAsync();

        Assert.Equal([("Sóc Trăng", 2)], await SuggestedAsync(editor, "trang&limit=1"));
    }

    [Fact]
    public async Task A_suggestion_carries_the_tags_slug()
    {
        using var editor = await SuggestionTagsAsync();

        Assert.Equal("rang-dong", (await editor.GetBodyAsync<List<TagCountBody>>("/api/v1/manage/tags?q=Đông")).Single().Slug);
    }

    [Fact]
    public async Task Typing_no_letters_or_digits_suggests_nothing()
    {
        using var editor = await SuggestionTagsAsync();

        Assert.Empty(await SuggestedAsync(editor, "!!!"));
    }

    [Fact]
    public async Task Typing_nothing_suggests_the_most_used()
    {
        using var editor = await app.EditorAsync();
        // Used more than any other tag of this class's tests.
        for (var i = 0; i < 6; i++)
        {
            await editor.PostJsonAsync("/api/v1/manage/articles", Samples.Article($"Tin dùng nhiều nhất {i}", "Dùng nhiều nhất"));
        }

        Assert.Contains(("Dùng nhiều nhất", 6), await SuggestedAsync(editor, "")); // nothing typed: the most used
    }

    [Fact]
    public async Task A_suggestion_limit_out_of_range_is_a_400()
    {
        using var editor = await app.EditorAsync();

        Assert.Contains("limit", await (await editor.GetAsync("/api/v1/manage/tags?limit=0", Ct)).AssertValidationErrorsAsync());
    }

    [Fact]
    public async Task Suggestions_are_for_signed_in_users_only()
    {
        using var reader = app.Anonymous();

        Assert.Equal(401, (int)(await reader.GetAsync("/api/v1/manage/tags?q=soc", Ct)).StatusCode);
    }

    private async Task<ItemBody> PublishedWithTagAsync(string tag)
    {
        using var editor = await app.EditorAsync();
        return (await editor.PublishedAsync("articles", Samples.Article($"Lễ hội khai mạc, {tag}", tag))).As<ItemBody>();
    }

    private async Task<long[]> ListedAsync(string tag, string route = "content")
    {
        using var reader = app.Anonymous();
        return [.. (await reader.GetBodyAsync<PageBody<ItemBody>>($"/api/v1/{route}?tag={tag}")).Items.Select(i => i.Id)];
    }

    private async Task<int?> TotalAsync(string tag)
    {
        using var reader = app.Anonymous();
        return (await reader.GetBodyAsync<PageBody<ItemBody>>($"/api/v1/content?tag={tag}")).TotalItems;
    }

    private enum Stage
    {
        /// <summary>An article and a video published with the tag, an article scheduled with it ten minutes on, one published without it.</summary>
        Arranged,

        /// <summary>Then the scheduled one's time came, the first article was unpublished, and the one without the tag was given it.</summary>
        Changed,
    }

    private sealed record TagStory(string Tag, long First, long Video, long Scheduled, long Untagged);

    /// <summary>A tag of its own (the name given) and its items, up to the stage asked.</summary>
    private async Task<TagStory> TagStoryAsync(string tag, Stage stage)
    {
        using var editor = await app.EditorAsync();
        var first = (await editor.PublishedAsync("articles", Samples.Article($"{tag}: hợp long", tag))).As<ItemBody>();
        var video = (await editor.PublishedAsync("videos", Samples.Video($"Phim về {tag}").WithTags(tag))).As<ItemBody>().Id;
        var scheduled = (await editor.PostBodyAsync<ItemBody>("/api/v1/manage/articles", Samples.Article($"{tag}: thông xe", tag))).Id;
        await editor.PostJsonAsync($"/api/v1/manage/articles/{scheduled}/schedule", new { publishAt = app.Clock.GetUtcNow().AddMinutes(10) });
        var untaggedTitle = $"Bến phà ngày cuối, {tag}";
        var untagged = (await editor.PublishedAsync("articles", Samples.Article(untaggedTitle))).As<ItemBody>().Id;
        var story = new TagStory(first.Tags.Single().Slug, first.Id, video, scheduled, untagged);
        if (stage == Stage.Changed)
        {
            app.Clock.Advance(TimeSpan.FromMinutes(10));
            await editor.PostJsonAsync($"/api/v1/manage/articles/{first.Id}/unpublish", new { });
            var current = await editor.GetAsync($"/api/v1/manage/articles/{untagged}", Ct);
            var retagged = Samples.Article(untaggedTitle, tag);
            Assert.Equal(200, (int)(await editor.PutRawAsync($"/api/v1/manage/articles/{untagged}", retagged, current.Headers.ETag!.Tag)).StatusCode);
        }

        return story;
    }

    /// <summary>
    /// An editor, once "Sóc Trăng" (an article and a draft), "Thành phố Sóc Trăng" and "Rạng
    /// Đông" (a draft video) are in use. Arranged once for this class's database and only read:
    /// the suggestions count each tag's items, so arranging them again would change the counts.
    /// No other test here uses a tag these searches find.
    /// </summary>
    private async Task<HttpClient> SuggestionTagsAsync()
    {
        var editor = await app.EditorAsync();
        await SuggestionTagsGate.WaitAsync(Ct);
        try
        {
            if (suggestionTagsArrangedFor != app)
            {
                await editor.PublishedAsync("articles", Samples.Article("Sóc Trăng một", "Sóc Trăng", "Thành phố Sóc Trăng"));
                await editor.PostJsonAsync("/api/v1/manage/articles", Samples.Article("Sóc Trăng hai", "Sóc Trăng")); // drafts count too
                await editor.PostJsonAsync("/api/v1/manage/videos", Samples.Video("Rạng Đông").WithTags("Rạng Đông"));
                suggestionTagsArrangedFor = app;
            }
        }
        finally
        {
            SuggestionTagsGate.Release();
        }

        return editor;
    }

    private static async Task<List<(string Name, int Items)>> SuggestedAsync(HttpClient editor, string q) =>
        [.. (await editor.GetBodyAsync<List<TagCountBody>>($"/api/v1/manage/tags?q={q}")).Select(t => (t.Name, t.ItemCount))];
}
