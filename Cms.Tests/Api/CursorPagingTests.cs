using Cms.Tests.Support;

namespace Cms.Tests.Api;

/// <summary>Keyset paging (?after=): every item once, in order, whatever is published meanwhile.</summary>
public sealed class CursorPagingTests(CmsApp app) : IClassFixture<CmsApp>
{
    private static readonly SemaphoreSlim TwoTagsGate = new(1, 1);

    private static (CmsApp App, TwoTags Tags)? twoTags;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Walking_by_cursor_visits_every_item_once_in_order_while_new_ones_are_published()
    {
        using var editor = await app.EditorAsync();
        // A section of its own: other tests of this class publish into the same database.
        var section = await SectionAsync(editor, "Cuộn vô hạn");
        var existing = new List<long>();
        for (var i = 0; i < 23; i++)
        {
            // The test clock stands still: many items share one publish time, so ties are broken by id.
            existing.Add(await PublishAsync(editor, $"Cuộn vô hạn {i}", section.Id));
            if (i % 5 == 0)
            {
                app.Clock.Advance(TimeSpan.FromSeconds(1));
            }
        }

        using var reader = app.Anonymous();
        var list = $"/api/v1/articles?category={section.Slug}&pageSize=5";
        var first = await reader.GetBodyAsync<PageBody<ItemBody>>(list);
        var seen = first.Items.Select(i => i.Id).ToList();
        var cursor = first.NextCursor;
        var pages = 1;
        while (cursor is not null)
        {
            await PublishAsync(editor, $"Đăng trong khi cuộn {pages}", section.Id); // newer: never shifts what comes next
            var page = await reader.GetBodyAsync<PageBody<ItemBody>>($"{list}&after={Uri.EscapeDataString(cursor)}");
            seen.AddRange(page.Items.Select(i => i.Id));
            cursor = page.NextCursor;
            pages++;
        }

        Assert.Equal(5, pages);
        Assert.Equal(seen.Count, seen.Distinct().Count());
        Assert.Equal(Enumerable.Reverse(existing), seen); // newest first, ties by id, each once
    }

    [Fact]
    public async Task A_page_read_by_cursor_carries_no_page_number_or_totals()
    {
        using var editor = await app.EditorAsync();
        var section = await SectionAsync(editor, "Trang theo con trỏ");
        for (var i = 0; i < 3; i++)
        {
            await PublishAsync(editor, $"Trang theo con trỏ {i}", section.Id);
        }

        using var reader = app.Anonymous();
        var list = $"/api/v1/articles?category={section.Slug}&pageSize=2";
        var cursor = (await reader.GetBodyAsync<PageBody<ItemBody>>(list)).NextCursor;

        var page = await reader.GetBodyAsync<PageBody<ItemBody>>($"{list}&after={Uri.EscapeDataString(cursor!)}");

        Assert.Single(page.Items);
        Assert.Null(page.TotalItems);
        Assert.Null(page.Page);
    }

    [Theory]
    [InlineData("everything in the section")]
    [InlineData("articles in the section")]
    [InlineData("everything in the section with the tag")]
    [InlineData("articles with the tag")]
    public async Task Pages_and_cursors_of_a_section_with_sub_sections_or_a_tag_follow_the_list_order(string list)
    {
        using var editor = await app.EditorAsync();
        var label = $"phân trang {list}"; // sections and a tag of its own
        var parent = await SectionAsync(editor, $"Mục cha {label}");
        var sections = new[] { parent.Id, (await SectionAsync(editor, $"Mục con một {label}", parent.Id)).Id, (await SectionAsync(editor, $"Mục con hai {label}", parent.Id)).Id };
        var articles = new List<long>();
        var everything = new List<long>();
        var tagged = new List<long>();
        var tag = "";
        for (var i = 0; i < 13; i++)
        {
            var body = i % 4 == 0 ? Samples.Video($"Phân trang phim {label} {i}") : Samples.Article($"Phân trang mục {label} {i}");
            body["categoryId"] = sections[i % 3];
            body.WithTags(i % 2 == 0 ? [$"Chẵn {label}"] : []);
            var item = (await editor.PublishedAsync(i % 4 == 0 ? "videos" : "articles", body)).As<ItemBody>();
            everything.Add(item.Id);
            if (i % 4 != 0)
            {
                articles.Add(item.Id);
            }

            if (i % 2 == 0)
            {
                tagged.Add(item.Id);
                tag = item.Tags.Single().Slug;
            }

            if (i % 3 == 0)
            {
                app.Clock.Advance(TimeSpan.FromSeconds(1)); // some share a publish time, some do not
            }
        }

        // Published in id order, the clock never going back: newest first is descending id.
        using var reader = app.Anonymous();
        var (url, expected) = list switch
        {
            "everything in the section" => ($"/api/v1/content?category={parent.Slug}", everything),
            "articles in the section" => ($"/api/v1/articles?category={parent.Slug}", articles),
            "everything in the section with the tag" => ($"/api/v1/content?category={parent.Slug}&tag={tag}", tagged),
            _ => ($"/api/v1/articles?tag={tag}", tagged.Intersect(articles).ToList()),
        };
        await AssertListOrderAsync(reader, url, Enumerable.Reverse(expected).ToList());
    }

    // --- A common tag and a rare one ----------------------------------------------------------
    // A tag on more items than are worth following one by one is checked while the list (or a
    // search's newest thousand matches) is walked; a rare one is read from its links
    // (TagPlanner). Both must find the same as the other would.

    [Theory]
    [InlineData("pho-bien")]
    [InlineData("hiem")]
    public async Task A_search_within_a_common_tag_or_a_rare_one_finds_exactly_its_matches(string tag)
    {
        var tags = await TwoTagsAsync();
        var expected = tag == "pho-bien" ? tags.Common : tags.Rare;
        using var reader = app.Anonymous();

        var found = await reader.GetBodyAsync<PageBody<ItemBody>>($"/api/v1/search?q=hai%20cach%20doc&tag={tag}&pageSize=100");

        Assert.Equal(expected.Order(), found.Items.Select(i => i.Id).Order());
        Assert.Equal(expected.Count, found.TotalItems);
    }

    [Fact]
    public async Task The_editors_list_within_a_tag_finds_and_counts_its_drafts()
    {
        var tags = await TwoTagsAsync();
        using var editor = await app.EditorAsync();

        var drafts = await editor.GetBodyAsync<PageBody<ItemBody>>("/api/v1/manage/articles?tag=pho-bien&pageSize=100&q=pho%20bien");
        var all = await editor.GetBodyAsync<PageBody<ItemBody>>("/api/v1/manage/articles?tag=pho-bien&pageSize=1");

        Assert.Equal(150, drafts.TotalItems); // the drafts, found by the editors' list
        Assert.Equal(150 + tags.Common.Count, all.TotalItems);
    }

    [Theory]
    [InlineData("/api/v1/content?tag=pho-bien")]
    [InlineData("/api/v1/articles?category=hai-cach-doc&tag=pho-bien")]
    [InlineData("/api/v1/content?tag=hiem")]
    [InlineData("/api/v1/articles?category=hai-cach-doc&tag=hiem")]
    public async Task A_list_within_a_common_tag_or_a_rare_one_pages_in_list_order(string list)
    {
        var tags = await TwoTagsAsync();
        using var reader = app.Anonymous();

        await AssertListOrderAsync(reader, list, Enumerable.Reverse(list.EndsWith("pho-bien", StringComparison.Ordinal) ? tags.Common : tags.Rare).ToList());
    }

    [Fact]
    public async Task A_list_within_a_tag_nobody_uses_is_empty()
    {
        using var reader = app.Anonymous();

        Assert.Empty((await reader.GetBodyAsync<PageBody<ItemBody>>("/api/v1/content?tag=khong-ai-dung")).Items);
    }

    // --- Refused cursors ----------------------------------------------------------------------

    [Fact]
    public async Task A_well_formed_cursor_is_accepted()
    {
        using var reader = app.Anonymous();

        Assert.Equal(200, (int)(await reader.GetAsync($"/api/v1/content?after={WellFormedCursor}", Ct)).StatusCode);
    }

    [Theory]
    [InlineData("/api/v1/articles?after=nonsense")]
    [InlineData("/api/v1/articles?after={cursor}&page=2")]
    [InlineData("/api/v1/search?q=soc&after={cursor}")]
    public async Task A_cursor_is_refused_when_malformed_or_mixed_with_page_or_search(string url)
    {
        using var reader = app.Anonymous();

        Assert.Contains("after", await (await reader.GetAsync(url.Replace("{cursor}", WellFormedCursor, StringComparison.Ordinal), Ct)).AssertValidationErrorsAsync());
    }

    private static string WellFormedCursor => Convert.ToBase64String("638000000000000000.5"u8.ToArray()).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static async Task<CategoryBody> SectionAsync(HttpClient editor, string name, int? parentId = null) =>
        await editor.PostBodyAsync<CategoryBody>("/api/v1/manage/categories", new { name, parentId });

    private static async Task<long> PublishAsync(HttpClient editor, string title, int categoryId)
    {
        var body = Samples.Article(title);
        body["categoryId"] = categoryId;
        return (await editor.PublishedAsync("articles", body)).As<ItemBody>().Id;
    }

    /// <summary>
    /// The list in one page, in numbered pages of 4 and by cursor in pages of 3: the same items
    /// in the same order, and the total counts them.
    /// </summary>
    private static async Task AssertListOrderAsync(HttpClient reader, string list, List<long> expected)
    {
        var whole = await reader.GetBodyAsync<PageBody<ItemBody>>($"{list}&pageSize=100");
        Assert.Equal(expected, whole.Items.Select(i => i.Id));
        Assert.Equal(expected.Count, whole.TotalItems);

        var paged = new List<long>();
        for (var page = 1; page <= (expected.Count + 3) / 4; page++)
        {
            paged.AddRange((await reader.GetBodyAsync<PageBody<ItemBody>>($"{list}&pageSize=4&page={page}")).Items.Select(i => i.Id));
        }

        Assert.Equal(expected, paged);

        var first = await reader.GetBodyAsync<PageBody<ItemBody>>($"{list}&pageSize=3");
        var walked = first.Items.Select(i => i.Id).ToList();
        var cursor = first.NextCursor;
        while (cursor is not null)
        {
            var next = await reader.GetBodyAsync<PageBody<ItemBody>>($"{list}&pageSize=3&after={Uri.EscapeDataString(cursor)}");
            walked.AddRange(next.Items.Select(i => i.Id));
            Assert.True(walked.Count <= expected.Count, $"{list}: the cursor went round"); // never loops
            cursor = next.NextCursor;
        }

        Assert.Equal(expected, walked);
    }

    /// <summary>The published items with the common tag ("Phổ biến") and with the rare one ("Hiếm"), oldest first.</summary>
    private sealed record TwoTags(List<long> Common, List<long> Rare);

    /// <summary>
    /// The two tags' items, arranged once for this class's database and only read: which plan
    /// reads a tag depends on the archive's size, so more archives of 150 drafts (one per test)
    /// would move the break-even until the common tag was read from its links too.
    /// </summary>
    private async Task<TwoTags> TwoTagsAsync()
    {
        await TwoTagsGate.WaitAsync(Ct);
        try
        {
            if (twoTags is not { } arranged || arranged.App != app)
            {
                twoTags = (app, await ArrangeTwoTagsAsync());
            }

            return twoTags.Value.Tags;
        }
        finally
        {
            TwoTagsGate.Release();
        }
    }

    private async Task<TwoTags> ArrangeTwoTagsAsync()
    {
        // Drafts count as links.
        using var editor = await app.EditorAsync();
        var section = await SectionAsync(editor, "Hai cách đọc");
        for (var i = 0; i < 150; i++)
        {
            await editor.PostJsonAsync("/api/v1/manage/articles", Samples.Article($"Nháp phổ biến {i}", "Phổ biến"));
        }

        var common = new List<long>();
        var rare = new List<long>();
        for (var i = 0; i < 12; i++)
        {
            var body = Samples.Article($"Hai cách đọc {i}", i % 3 == 0 ? ["Phổ biến", "Hiếm"] : i % 2 == 0 ? ["Phổ biến"] : []);
            body["categoryId"] = section.Id;
            var id = (await editor.PublishedAsync("articles", body)).As<ItemBody>().Id;
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

        return new TwoTags(common, rare);
    }
}
