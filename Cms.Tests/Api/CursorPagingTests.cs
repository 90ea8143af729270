using Cms.Tests.Support;

namespace Cms.Tests.Api;

/// <summary>Keyset paging (?after=): every item once, in order, whatever is published meanwhile.</summary>
public sealed class CursorPagingTests(CmsApp app) : IClassFixture<CmsApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<long> PublishAsync(HttpClient editor, string title)
    {
        var id = (long)(await editor.PostJsonAsync("/api/v1/manage/articles", Samples.Article(title)))["id"]!;
        await editor.PostJsonAsync($"/api/v1/manage/articles/{id}/publish", new { });
        return id;
    }

    [Fact]
    public async Task Walking_by_cursor_visits_every_item_once_while_new_ones_are_published()
    {
        using var editor = await app.EditorAsync();
        var existing = new List<long>();
        for (var i = 0; i < 23; i++)
        {
            // The test clock stands still: many items share one publish time, so ties are broken by id.
            existing.Add(await PublishAsync(editor, $"Cuộn vô hạn {i}"));
            if (i % 5 == 0)
            {
                app.Clock.Advance(TimeSpan.FromSeconds(1));
            }
        }

        using var reader = app.Anonymous();
        var first = await reader.GetJsonAsync("/api/v1/articles?pageSize=5");
        var seen = first["items"]!.AsArray().Select(i => (long)i!["id"]!).ToList();
        var cursor = (string?)first["nextCursor"];
        var pages = 1;
        while (cursor is not null)
        {
            await PublishAsync(editor, $"Đăng trong khi cuộn {pages}"); // newer: never shifts what comes next
            var page = await reader.GetJsonAsync($"/api/v1/articles?pageSize=5&after={Uri.EscapeDataString(cursor)}");
            Assert.Null(page["totalItems"]);
            Assert.Null(page["page"]);
            seen.AddRange(page["items"]!.AsArray().Select(i => (long)i!["id"]!));
            cursor = (string?)page["nextCursor"];
            pages++;
        }

        Assert.Equal(5, pages);
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Equal(Enumerable.Reverse(existing), seen); // newest first, ties by id, each once
    }

    [Fact]
    public async Task A_cursor_is_refused_when_malformed_or_mixed_with_page_or_search()
    {
        using var reader = app.Anonymous();
        Assert.Contains("after", await (await reader.GetAsync("/api/v1/articles?after=nonsense", Ct)).AssertValidationErrorsAsync());
        var valid = Convert.ToBase64String("638000000000000000.5"u8.ToArray()).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        Assert.Equal(200, (int)(await reader.GetAsync($"/api/v1/content?after={valid}", Ct)).StatusCode);
        Assert.Contains("after", await (await reader.GetAsync($"/api/v1/articles?after={valid}&page=2", Ct)).AssertValidationErrorsAsync());
        Assert.Contains("after", await (await reader.GetAsync($"/api/v1/search?q=soc&after={valid}", Ct)).AssertValidationErrorsAsync());
    }
}
