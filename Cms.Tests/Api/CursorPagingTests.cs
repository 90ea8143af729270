using Cms.Tests.Support;

namespace Cms.Tests.Api;

/// <summary>Keyset paging (?after=): every item once, in order, whatever is published meanwhile.</summary>
public sealed class CursorPagingTests(CmsApp app) : IClassFixture<CmsApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<long> PublishAsync(HttpClient editor, string title, int categoryId)
    {
        var body = Samples.Article(title);
        body["categoryId"] = categoryId;
        var id = (long)(await editor.PostJsonAsync("/api/v1/manage/articles", body))["id"]!;
        await editor.PostJsonAsync($"/api/v1/manage/articles/{id}/publish", new { });
        return id;
    }

    [Fact]
    public async Task Walking_by_cursor_visits_every_item_once_while_new_ones_are_published()
    {
        using var editor = await app.EditorAsync();
        // A section of its own: other tests of this class publish into the same database.
        var section = (int)(await editor.PostJsonAsync("/api/v1/manage/categories", new { name = "Cuộn vô hạn" }))["id"]!;
        var existing = new List<long>();
        for (var i = 0; i < 23; i++)
        {
            // The test clock stands still: many items share one publish time, so ties are broken by id.
            existing.Add(await PublishAsync(editor, $"Cuộn vô hạn {i}", section));
            if (i % 5 == 0)
            {
                app.Clock.Advance(TimeSpan.FromSeconds(1));
            }
        }

        using var reader = app.Anonymous();
        var first = await reader.GetJsonAsync("/api/v1/articles?category=cuon-vo-han&pageSize=5");
        var seen = first["items"]!.AsArray().Select(i => (long)i!["id"]!).ToList();
        var cursor = (string?)first["nextCursor"];
        var pages = 1;
        while (cursor is not null)
        {
            await PublishAsync(editor, $"Đăng trong khi cuộn {pages}", section); // newer: never shifts what comes next
            var page = await reader.GetJsonAsync($"/api/v1/articles?category=cuon-vo-han&pageSize=5&after={Uri.EscapeDataString(cursor)}");
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
    public async Task Pages_and_cursors_of_a_section_with_sub_sections_or_a_tag_follow_the_list_order()
    {
        using var editor = await app.EditorAsync();
        var parent = (int)(await editor.PostJsonAsync("/api/v1/manage/categories", new { name = "Mục cha phân trang" }))["id"]!;
        var children = new List<int>();
        foreach (var name in new[] { "Mục con một", "Mục con hai" })
        {
            children.Add((int)(await editor.PostJsonAsync("/api/v1/manage/categories", new { name, parentId = parent }))["id"]!);
        }

        var sections = new[] { parent, children[0], children[1] };
        var articles = new List<long>();
        var everything = new List<long>();
        var tagged = new List<long>();
        for (var i = 0; i < 13; i++)
        {
            var body = i % 4 == 0 ? Samples.Video($"Phân trang phim {i}") : Samples.Article($"Phân trang mục {i}");
            body["categoryId"] = sections[i % 3];
            body.WithTags(i % 2 == 0 ? ["Chẵn phân trang"] : []);
            var id = (long)(await editor.PostJsonAsync(i % 4 == 0 ? "/api/v1/manage/videos" : "/api/v1/manage/articles", body))["id"]!;
            await editor.PostJsonAsync($"/api/v1/manage/{(i % 4 == 0 ? "videos" : "articles")}/{id}/publish", new { });
            everything.Add(id);
            if (i % 4 != 0)
            {
                articles.Add(id);
            }

            if (i % 2 == 0)
            {
                tagged.Add(id);
            }

            if (i % 3 == 0)
            {
                app.Clock.Advance(TimeSpan.FromSeconds(1)); // some share a publish time, some do not
            }
        }

        // Published in id order, the clock never going back: newest first is descending id.
        using var reader = app.Anonymous();
        foreach (var (list, expected) in new[]
                 {
                     ("/api/v1/content?category=muc-cha-phan-trang", Enumerable.Reverse(everything).ToList()),
                     ("/api/v1/articles?category=muc-cha-phan-trang", Enumerable.Reverse(articles).ToList()),
                     ("/api/v1/content?category=muc-cha-phan-trang&tag=chan-phan-trang", Enumerable.Reverse(tagged).ToList()),
                     ("/api/v1/articles?tag=chan-phan-trang", Enumerable.Reverse(tagged.Intersect(articles)).ToList()),
                 })
        {
            await AssertListOrderAsync(reader, list, expected);
        }
    }

    [Fact]
    public async Task A_common_tag_and_a_rare_one_page_alike_though_read_by_different_plans()
    {
        // A tag on more items than are worth following one by one is checked while the list (or
        // a search's newest thousand matches) is walked; a rare one is read from its links
        // (TagPlanner). Drafts count as links.
        using var editor = await app.EditorAsync();
        var section = (int)(await editor.PostJsonAsync("/api/v1/manage/categories", new { name = "Hai cách đọc" }))["id"]!;
        for (var i = 0; i < 150; i++)
        {
            await editor.PostJsonAsync("/api/v1/manage/articles", Samples.Article($"Nháp phổ biến {i}", "Phổ biến"));
        }

        var common = new List<long>();
        var rare = new List<long>();
        for (var i = 0; i < 12; i++)
        {
            var body = Samples.Article($"Hai cách đọc {i}", i % 3 == 0 ? ["Phổ biến", "Hiếm"] : i % 2 == 0 ? ["Phổ biến"] : []);
            body["categoryId"] = section;
            var id = (long)(await editor.PublishedAsync("articles", body))["id"]!;
            if (i % 3 == 0 || i % 2 == 0)
            {
                common.Add(id);
            }

            if (i % 3 == 0)
            {
                rare.Add(id);
            }

            if (i % 4 == 0)
            {
                app.Clock.Advance(TimeSpan.FromSeconds(1));
            }
        }

        // The break-even takes the archive's size from PostgreSQL's statistics: gathered now, a
        // test database of a few hundred items puts it at about a hundred links.
        await using (var connection = new Npgsql.NpgsqlConnection(app.ConnectionString))
        {
            await connection.OpenAsync(Ct);
            await using var analyze = new Npgsql.NpgsqlCommand("ANALYZE content_items", connection);
            await analyze.ExecuteNonQueryAsync(Ct);
        }

        using var reader = app.Anonymous();
        foreach (var (tag, expected) in new[] { ("pho-bien", common), ("hiem", rare) })
        {
            var found = await reader.GetJsonAsync($"/api/v1/search?q=hai%20cach%20doc&tag={tag}&pageSize=100");
            Assert.Equal(expected.Order(), found["items"]!.AsArray().Select(i => (long)i!["id"]!).Order());
            Assert.Equal(expected.Count, (int)found["totalItems"]!);
        }

        var managed = await editor.GetJsonAsync("/api/v1/manage/articles?tag=pho-bien&pageSize=100&q=pho%20bien");
        Assert.Equal(150, (int)managed["totalItems"]!); // the drafts, found by the editors' list
        Assert.Equal(150 + common.Count, (int)(await editor.GetJsonAsync("/api/v1/manage/articles?tag=pho-bien&pageSize=1"))["totalItems"]!);
        await AssertListOrderAsync(reader, "/api/v1/content?tag=pho-bien", Enumerable.Reverse(common).ToList());
        await AssertListOrderAsync(reader, "/api/v1/articles?category=hai-cach-doc&tag=pho-bien", Enumerable.Reverse(common).ToList());
        await AssertListOrderAsync(reader, "/api/v1/content?tag=hiem", Enumerable.Reverse(rare).ToList());
        await AssertListOrderAsync(reader, "/api/v1/articles?category=hai-cach-doc&tag=hiem", Enumerable.Reverse(rare).ToList());
        Assert.Empty((await reader.GetJsonAsync("/api/v1/content?tag=khong-ai-dung"))["items"]!.AsArray());
    }

    /// <summary>
    /// The list in one page, in numbered pages of 4 and by cursor in pages of 3: the same items
    /// in the same order, and the total counts them.
    /// </summary>
    private static async Task AssertListOrderAsync(HttpClient reader, string list, List<long> expected)
    {
        var whole = await reader.GetJsonAsync($"{list}&pageSize=100");
        Assert.Equal(expected, whole["items"]!.AsArray().Select(i => (long)i!["id"]!));
        Assert.Equal(expected.Count, (int)whole["totalItems"]!);

        var paged = new List<long>();
        for (var page = 1; page <= (expected.Count + 3) / 4; page++)
        {
            paged.AddRange((await reader.GetJsonAsync($"{list}&pageSize=4&page={page}"))["items"]!.AsArray().Select(i => (long)i!["id"]!));
        }

        Assert.Equal(expected, paged);

        var first = await reader.GetJsonAsync($"{list}&pageSize=3");
        var walked = first["items"]!.AsArray().Select(i => (long)i!["id"]!).ToList();
        var cursor = (string?)first["nextCursor"];
        while (cursor is not null)
        {
            var next = await reader.GetJsonAsync($"{list}&pageSize=3&after={Uri.EscapeDataString(cursor)}");
            walked.AddRange(next["items"]!.AsArray().Select(i => (long)i!["id"]!));
            Assert.True(walked.Count <= expected.Count, $"{list}: the cursor went round"); // never loops
            cursor = (string?)next["nextCursor"];
        }

        Assert.Equal(expected, walked);
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
