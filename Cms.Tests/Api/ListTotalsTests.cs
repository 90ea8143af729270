using Cms.Tests.Support;

namespace Cms.Tests.Api;

/// <summary>
/// List totals are counted once per filter and kept (so deep pages stay cheap), yet are exact
/// the moment anything changes: publishing, unpublishing, a scheduled item going live. The
/// output cache is off here, so what is tested is the kept count itself.
/// </summary>
public sealed class ListTotalsTests(ListTotalsTests.App app) : IClassFixture<ListTotalsTests.App>
{
    private async Task<int> TotalAsync()
    {
        using var reader = app.Anonymous();
        return (int)(await reader.GetJsonAsync("/api/v1/articles?pageSize=1"))["totalItems"]!;
    }

    [Fact]
    public async Task Totals_follow_every_change_at_once()
    {
        using var editor = await app.EditorAsync();
        var before = await TotalAsync();
        Assert.Equal(before, await TotalAsync()); // kept

        var id = (long)(await editor.PostJsonAsync("/api/v1/manage/articles", Samples.Article("Đếm tổng số")))["id"]!;
        Assert.Equal(before, await TotalAsync()); // a draft is not public
        await editor.PostJsonAsync($"/api/v1/manage/articles/{id}/publish", new { });
        Assert.Equal(before + 1, await TotalAsync());

        var later = (long)(await editor.PostJsonAsync("/api/v1/manage/articles", Samples.Article("Đếm tổng số hẹn giờ")))["id"]!;
        await editor.PostJsonAsync($"/api/v1/manage/articles/{later}/schedule", new { publishAt = app.Clock.GetUtcNow().AddMinutes(3) });
        Assert.Equal(before + 1, await TotalAsync());
        app.Clock.Advance(TimeSpan.FromMinutes(3));
        Assert.Equal(before + 2, await TotalAsync());

        await editor.PostJsonAsync($"/api/v1/manage/articles/{id}/unpublish", new { });
        Assert.Equal(before + 1, await TotalAsync());
    }

    public sealed class App : CmsApp
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Cms:Cache:OutputCache"] = "false" };
    }
}
