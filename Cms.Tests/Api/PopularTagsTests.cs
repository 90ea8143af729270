using Cms.Tests.Support;

namespace Cms.Tests.Api;

/// <summary>
/// GET /tags: the tags the newest published items carry most ("Chủ đề nổi bật"). The strip
/// counts every tag on the site, so each test has a site (an API on a fresh database) of its own.
/// </summary>
public sealed class PopularTagsTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_tags_of_the_newest_published_items_come_most_carried_first_drafts_and_scheduled_items_left_out()
    {
        await using var app = await SiteWithTagsAsync();
        using var reader = app.Anonymous();

        var all = await reader.GetBodyAsync<PopularTagsBody>("/api/v1/tags");

        Assert.Equal(200, all.Within);
        Assert.Equal([("Mùa lũ", 3), ("Miền Tây", 2), ("Hạn mặn", 1)], Tags(all));
    }

    [Fact]
    public async Task A_limit_keeps_the_most_carried()
    {
        await using var app = await SiteWithTagsAsync();
        using var reader = app.Anonymous();

        var firstTwo = await reader.GetBodyAsync<PopularTagsBody>("/api/v1/tags?within=10&limit=2");

        Assert.Equal([("Mùa lũ", 3), ("Miền Tây", 2)], Tags(firstTwo));
    }

    [Fact]
    public async Task The_strip_follows_new_publishes_at_once()
    {
        await using var app = await SiteWithTagsAsync();
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        await reader.GetBodyAsync<PopularTagsBody>("/api/v1/tags"); // cached now

        // Two more about the west: the cached answer is dropped.
        await editor.PublishedAsync("articles", Samples.Article("Miền Tây một", "Miền Tây"));
        await editor.PublishedAsync("articles", Samples.Article("Miền Tây hai", "Miền Tây"));

        Assert.Equal([("Miền Tây", 4), ("Mùa lũ", 3), ("Hạn mặn", 1)], Tags(await reader.GetBodyAsync<PopularTagsBody>("/api/v1/tags")));
    }

    [Fact]
    public async Task The_strip_may_be_cached_publicly()
    {
        await using var app = await SiteWithTagsAsync();
        using var reader = app.Anonymous();

        var response = await reader.GetAsync("/api/v1/tags", Ct);

        Assert.StartsWith("public", response.Headers.CacheControl!.ToString());
    }

    [Theory]
    [InlineData("within=5", "within")]
    [InlineData("limit=0", "limit")]
    public async Task A_window_or_limit_out_of_range_is_refused(string query, string parameter)
    {
        await using var app = await SiteAsync();
        using var reader = app.Anonymous();

        Assert.Contains(parameter, await (await reader.GetAsync($"/api/v1/tags?{query}", Ct)).AssertValidationErrorsAsync());
    }

    private static List<(string Name, int Items)> Tags(PopularTagsBody list) => [.. list.Items.Select(t => (t.Name, t.ItemCount))];

    private static async Task<CmsApp> SiteAsync()
    {
        var app = new CmsApp();
        await app.InitializeAsync();
        return app;
    }

    /// <summary>
    /// A site whose published items carry "Mùa lũ" three times, "Miền Tây" twice and "Hạn mặn"
    /// once; a draft and a scheduled item carry tags of their own ("Mùa lũ" too).
    /// </summary>
    private static async Task<CmsApp> SiteWithTagsAsync()
    {
        var app = await SiteAsync();
        using var editor = await app.EditorAsync();
        await editor.PublishedAsync("articles", Samples.Article("Tin cũ về hạn mặn", "Hạn mặn"));
        await editor.PublishedAsync("articles", Samples.Article("Nước lên", "Mùa lũ", "Miền Tây"));
        await editor.PublishedAsync("videos", Samples.Video("Phim mùa nước nổi").WithTags("Mùa lũ"));
        await editor.PublishedAsync("articles", Samples.Article("Đón lũ", "Miền Tây", "Mùa lũ"));
        await editor.PostJsonAsync("/api/v1/manage/articles", Samples.Article("Nháp về lũ", "Mùa lũ", "Nháp riêng"));
        var later = await editor.PostBodyAsync<ItemBody>("/api/v1/manage/articles", Samples.Article("Bài hẹn giờ", "Sắp tới"));
        await editor.PostJsonAsync($"/api/v1/manage/articles/{later.Id}/schedule", new { publishAt = DateTimeOffset.UtcNow.AddDays(2) });
        return app;
    }
}
