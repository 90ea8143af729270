using System.Text.Json.Nodes;
using Cms.Tests.Support;

namespace Cms.Tests.Api;

/// <summary>GET /tags: the tags the newest published items carry most ("Chủ đề nổi bật").</summary>
public sealed class PopularTagsTests(CmsApp app) : IClassFixture<CmsApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static List<(string Name, int Items)> Tags(JsonNode list) =>
        [.. list["items"]!.AsArray().Select(t => ((string)t!["name"]!, (int)t["itemCount"]!))];

    [Fact]
    public async Task The_tags_of_the_newest_published_items_most_carried_first_drafts_and_scheduled_items_left_out()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        await editor.PublishedAsync("articles", Samples.Article("Tin cũ về hạn mặn", "Hạn mặn"));
        await editor.PublishedAsync("articles", Samples.Article("Nước lên", "Mùa lũ", "Miền Tây"));
        await editor.PublishedAsync("videos", Samples.Video("Phim mùa nước nổi").WithTags("Mùa lũ"));
        await editor.PublishedAsync("articles", Samples.Article("Đón lũ", "Miền Tây", "Mùa lũ"));
        await editor.PostJsonAsync("/api/v1/manage/articles", Samples.Article("Nháp về lũ", "Mùa lũ", "Nháp riêng"));
        var later = await editor.PostJsonAsync("/api/v1/manage/articles", Samples.Article("Bài hẹn giờ", "Sắp tới"));
        await editor.PostJsonAsync($"/api/v1/manage/articles/{(long)later["id"]!}/schedule", new { publishAt = DateTimeOffset.UtcNow.AddDays(2) });

        var response = await reader.GetAsync("/api/v1/tags", Ct);
        Assert.StartsWith("public", response.Headers.CacheControl!.ToString());
        var all = await response.JsonAsync();
        Assert.Equal(200, (int)all["within"]!);
        Assert.Equal([("Mùa lũ", 3), ("Miền Tây", 2), ("Hạn mặn", 1)], Tags(all));

        // The first two only.
        Assert.Equal([("Mùa lũ", 3), ("Miền Tây", 2)], Tags(await reader.GetJsonAsync("/api/v1/tags?within=10&limit=2")));

        // Two more about the west: the strip follows at once (the cached answer is dropped).
        await editor.PublishedAsync("articles", Samples.Article("Miền Tây một", "Miền Tây"));
        await editor.PublishedAsync("articles", Samples.Article("Miền Tây hai", "Miền Tây"));
        Assert.Equal([("Miền Tây", 4), ("Mùa lũ", 3), ("Hạn mặn", 1)], Tags(await reader.GetJsonAsync("/api/v1/tags")));

        Assert.Contains("within", await (await reader.GetAsync("/api/v1/tags?within=5", Ct)).AssertValidationErrorsAsync());
        Assert.Contains("limit", await (await reader.GetAsync("/api/v1/tags?limit=0", Ct)).AssertValidationErrorsAsync());
    }
}
