using Cms.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Cms.Tests.Api;

/// <summary>GET /tags/{slug}: the name a tag page shows, only for tags the public can see items of.</summary>
public sealed class TagTests(CmsApp app) : IClassFixture<CmsApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_tag_of_a_published_item_gives_its_name_and_its_items_list()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var item = await editor.PublishedAsync("articles", Samples.Article("Lễ hội Óoc Om Bóc khai mạc", "Đua ghe Ngo"));

        var response = await reader.GetAsync("/api/v1/tags/dua-ghe-ngo", Ct);
        Assert.Equal(200, (int)response.StatusCode);
        Assert.StartsWith("public", response.Headers.CacheControl!.ToString());
        Assert.NotNull(response.Headers.ETag);
        var tag = await response.JsonAsync();
        Assert.Equal("Đua ghe Ngo", (string?)tag["name"]);
        Assert.Equal("dua-ghe-ngo", (string?)tag["slug"]);

        var list = await reader.GetJsonAsync("/api/v1/content?tag=dua-ghe-ngo");
        Assert.Equal([(long)item["id"]!], list["items"]!.AsArray().Select(i => (long)i!["id"]!));

        // Apps and editors may give the name as written; it works out to the same tag.
        var byName = await reader.GetJsonAsync("/api/v1/articles?tag=" + Uri.EscapeDataString("Đua ghe Ngo"));
        Assert.Equal([(long)item["id"]!], byName["items"]!.AsArray().Select(i => (long)i!["id"]!));
        Assert.Equal(1, (int)byName["totalItems"]!);
        Assert.Equal("dua-ghe-ngo", (string?)(await reader.GetJsonAsync("/api/v1/tags/" + Uri.EscapeDataString("ĐUA GHE NGO")))["slug"]);
        Assert.Contains("tag", await (await reader.GetAsync("/api/v1/content?tag=%21%21%21", Ct)).AssertValidationErrorsAsync());
    }

    [Fact]
    public async Task A_tag_only_drafts_carry_or_that_does_not_exist_is_a_404()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        await editor.PostJsonAsync("/api/v1/manage/articles", Samples.Article("Nhân sự sắp công bố", "Nhân sự mới"));

        await (await reader.GetAsync("/api/v1/tags/nhan-su-moi", Ct)).AssertProblemAsync(404);
        await (await reader.GetAsync("/api/v1/tags/khong-co-tu-khoa-nay", Ct)).AssertProblemAsync(404);
    }

    [Fact]
    public async Task A_tag_goes_when_its_last_public_item_is_unpublished()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var item = await editor.PublishedAsync("videos", Samples.Video("Phim về Chùa Dơi").WithTags("Chùa Dơi"));
        Assert.Equal("Chùa Dơi", (string?)(await reader.GetJsonAsync("/api/v1/tags/chua-doi"))["name"]); // cached now

        await editor.PostJsonAsync($"/api/v1/manage/videos/{(long)item["id"]!}/unpublish", new { });
        await (await reader.GetAsync("/api/v1/tags/chua-doi", Ct)).AssertProblemAsync(404);
    }

    [Fact]
    public async Task A_tags_list_follows_its_items_through_scheduling_unpublishing_and_retagging()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        const string tag = "Cầu Mỹ Thuận";
        async Task<long[]> ListedAsync(string route = "content") =>
            [.. (await reader.GetJsonAsync($"/api/v1/{route}?tag=cau-my-thuan"))["items"]!.AsArray().Select(i => (long)i!["id"]!)];

        var first = (long)(await editor.PublishedAsync("articles", Samples.Article("Cầu Mỹ Thuận 2 hợp long", tag)))["id"]!;
        var video = (long)(await editor.PublishedAsync("videos", Samples.Video("Phim về cầu Mỹ Thuận").WithTags(tag)))["id"]!;
        var scheduled = (long)(await editor.PostJsonAsync("/api/v1/manage/articles", Samples.Article("Cầu Mỹ Thuận 2 thông xe", tag)))["id"]!;
        await editor.PostJsonAsync($"/api/v1/manage/articles/{scheduled}/schedule", new { publishAt = app.Clock.GetUtcNow().AddMinutes(10) });
        var untagged = (long)(await editor.PublishedAsync("articles", Samples.Article("Bến phà Mỹ Thuận ngày cuối")))["id"]!;
        Assert.Equal([video, first], await ListedAsync());
        Assert.Equal([first], await ListedAsync("articles")); // the type is checked on the item
        Assert.Equal(2, (int)(await reader.GetJsonAsync("/api/v1/content?tag=cau-my-thuan"))["totalItems"]!);

        // Its time comes: listed from then on, newest first, and counted.
        app.Clock.Advance(TimeSpan.FromMinutes(10));
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while ((await ListedAsync()).FirstOrDefault() != scheduled)
        {
            Assert.True(DateTime.UtcNow < deadline, "The scheduled item did not reach its tag's list within 15 s.");
            await Task.Delay(100, Ct);
        }

        Assert.Equal([scheduled, video, first], await ListedAsync());
        Assert.Equal(3, (int)(await reader.GetJsonAsync("/api/v1/content?tag=cau-my-thuan"))["totalItems"]!);

        // Unpublished: off the list. The tag added to a published item: on it, in its place.
        await editor.PostJsonAsync($"/api/v1/manage/articles/{first}/unpublish", new { });
        var current = await editor.GetAsync($"/api/v1/manage/articles/{untagged}", Ct);
        var retagged = Samples.Article("Bến phà Mỹ Thuận ngày cuối", tag);
        Assert.Equal(200, (int)(await editor.PutRawAsync($"/api/v1/manage/articles/{untagged}", retagged, current.Headers.ETag!.Tag)).StatusCode);
        Assert.Equal([scheduled, untagged, video], await ListedAsync());
        var page2 = await reader.GetJsonAsync("/api/v1/content?tag=cau-my-thuan&pageSize=2&page=2");
        Assert.Equal([video], page2["items"]!.AsArray().Select(i => (long)i!["id"]!));
        var cursor = (string)(await reader.GetJsonAsync("/api/v1/content?tag=cau-my-thuan&pageSize=1"))["nextCursor"]!;
        Assert.Equal([untagged], (await reader.GetJsonAsync($"/api/v1/content?tag=cau-my-thuan&pageSize=1&after={Uri.EscapeDataString(cursor)}"))["items"]!
            .AsArray().Select(i => (long)i!["id"]!));

        // Every link holds its item's state, as the list reads it.
        Assert.Equal(0, await app.DbAsync(db => db.Database.SqlQuery<int>($"""
            SELECT count(*)::int AS "Value" FROM content_item_tags l JOIN content_items c ON c.id = l.content_item_id
            WHERE l.status IS DISTINCT FROM c.status OR l.published_at IS DISTINCT FROM c.published_at
            """).SingleAsync(Ct)));
    }

    [Fact]
    public async Task Editors_typing_a_tag_get_the_ones_in_use_word_starts_first_then_the_most_used()
    {
        using var editor = await app.EditorAsync();
        await editor.PublishedAsync("articles", Samples.Article("Sóc Trăng một", "Sóc Trăng", "Thành phố Sóc Trăng"));
        await editor.PostJsonAsync("/api/v1/manage/articles", Samples.Article("Sóc Trăng hai", "Sóc Trăng")); // drafts count too
        await editor.PostJsonAsync("/api/v1/manage/videos", Samples.Video("Rạng Đông").WithTags("Rạng Đông"));

        // Tone marks, đ and case do not matter; "soc tr" starts a word of both.
        Assert.Equal([("Sóc Trăng", 2), ("Thành phố Sóc Trăng", 1)], await SuggestedAsync(editor, "SOC tr"));
        // "rang" starts "Rạng Đông" but is inside "Trăng": the word start first, though used less.
        Assert.Equal([("Rạng Đông", 1), ("Sóc Trăng", 2), ("Thành phố Sóc Trăng", 1)], await SuggestedAsync(editor, "rang"));
        Assert.Equal([("Sóc Trăng", 2)], await SuggestedAsync(editor, "trang&limit=1"));
        Assert.Equal("rang-dong", (string?)(await editor.GetJsonAsync("/api/v1/manage/tags?q=Đông")).AsArray().Single()!["slug"]);
        Assert.Empty(await SuggestedAsync(editor, "!!!"));
        Assert.Contains(("Sóc Trăng", 2), await SuggestedAsync(editor, "")); // nothing typed: the most used

        Assert.Contains("limit", await (await editor.GetAsync("/api/v1/manage/tags?limit=0", Ct)).AssertValidationErrorsAsync());
        using var reader = app.Anonymous();
        Assert.Equal(401, (int)(await reader.GetAsync("/api/v1/manage/tags?q=soc", Ct)).StatusCode);
    }

    private static async Task<List<(string Name, int Items)>> SuggestedAsync(HttpClient editor, string q) =>
        [.. (await editor.GetJsonAsync($"/api/v1/manage/tags?q={q}")).AsArray().Select(t => ((string)t!["name"]!, (int)t["itemCount"]!))];
}
