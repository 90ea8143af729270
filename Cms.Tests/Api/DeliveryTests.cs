using System.Net.Http.Json;
using Cms.Tests.Support;

namespace Cms.Tests.Api;

/// <summary>What the public sees: published items only, newest first, filtered and paged.</summary>
public sealed class DeliveryTests(CmsApp app) : IClassFixture<CmsApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // --- What is public -----------------------------------------------------------------------

    [Theory]
    [InlineData("articles")]
    [InlineData("interviews")]
    [InlineData("videos")]
    public async Task A_list_rows_href_leads_to_the_full_public_item_whatever_its_type(string route)
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var sample = route switch
        {
            "articles" => Samples.Article("Bài có đường dẫn"),
            "interviews" => Samples.Interview("Phỏng vấn có đường dẫn"),
            _ => Samples.Video("Phim có đường dẫn"),
        };
        var item = (await editor.PublishedAsync(route, sample)).As<ItemBody>();
        var row = (await reader.GetBodyAsync<PageBody<ItemBody>>("/api/v1/content?pageSize=100")).Items.Single(i => i.Id == item.Id);

        var full = await reader.GetBodyAsync<ItemBody>(row.Href!);

        Assert.Equal($"/api/v1/{route}/{item.Id}", row.Href);
        Assert.Equal(item.Id, full.Id);
    }

    [Theory]
    [InlineData("draft", "id")]
    [InlineData("draft", "slug")]
    [InlineData("scheduled", "id")]
    [InlineData("scheduled", "slug")]
    public async Task A_draft_or_a_future_scheduled_item_is_not_found(string kind, string by)
    {
        using var reader = app.Anonymous();
        var item = await HiddenItemAsync(kind, $"Không thấy theo {by}");

        await (await reader.GetAsync($"/api/v1/articles/{(by == "id" ? item.Id.ToString() : item.Slug)}", Ct)).AssertProblemAsync(404);
    }

    [Theory]
    [InlineData("draft", "/api/v1/articles")]
    [InlineData("scheduled", "/api/v1/articles")]
    [InlineData("scheduled", "/api/v1/content")]
    public async Task A_draft_or_a_future_scheduled_item_is_not_listed(string kind, string list)
    {
        using var reader = app.Anonymous();
        var item = await HiddenItemAsync(kind, $"Không có trong {list}");

        Assert.DoesNotContain(item.Slug, await AllSlugsAsync(reader, list));
    }

    [Fact]
    public async Task Scheduling_answers_with_the_item_scheduled()
    {
        using var editor = await app.EditorAsync();
        var id = (await editor.PostBodyAsync<ItemBody>("/api/v1/manage/articles", Samples.Article("Hẹn giờ đăng"))).Id;

        var scheduled = await editor.PostBodyAsync<ItemBody>($"/api/v1/manage/articles/{id}/schedule", new { publishAt = app.Clock.GetUtcNow().AddDays(1) });

        Assert.Equal("scheduled", scheduled.Status);
    }

    [Fact]
    public async Task A_scheduled_item_appears_once_its_time_has_passed_without_anyone_acting()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var id = (await editor.PostBodyAsync<ItemBody>("/api/v1/manage/articles", Samples.Article("Công bố lúc 6 giờ sáng"))).Id;
        var at = app.Clock.GetUtcNow().AddMinutes(30);
        await editor.PostJsonAsync($"/api/v1/manage/articles/{id}/schedule", new { publishAt = at });
        await (await reader.GetAsync($"/api/v1/articles/{id}", Ct)).AssertProblemAsync(404);

        app.Clock.Advance(TimeSpan.FromMinutes(31));

        var item = await reader.GetBodyAsync<ItemBody>("/api/v1/articles/cong-bo-luc-6-gio-sang");
        Assert.Equal(id, item.Id);
        Assert.Equal("published", item.Status);
        Assert.Equal(Cms.Domain.Common.Timestamp.Normalize(at), item.PublishedAt);
        Assert.Contains("cong-bo-luc-6-gio-sang", await AllSlugsAsync(reader, "/api/v1/articles"));
    }

    [Fact]
    public async Task An_unpublished_item_leaves_the_public_site()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var id = (await editor.PublishedAsync("articles", Samples.Article("Tin bị gỡ"))).As<ItemBody>().Id;
        Assert.Equal(200, (int)(await reader.GetAsync($"/api/v1/articles/{id}", Ct)).StatusCode);

        await editor.PostJsonAsync($"/api/v1/manage/articles/{id}/unpublish", new { });

        await (await reader.GetAsync($"/api/v1/articles/{id}", Ct)).AssertProblemAsync(404);
    }

    [Fact]
    public async Task An_archived_item_leaves_the_public_site()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var id = (await editor.PublishedAsync("articles", Samples.Article("Tin lưu trữ"))).As<ItemBody>().Id;
        Assert.Equal(200, (int)(await reader.GetAsync($"/api/v1/articles/{id}", Ct)).StatusCode);

        await editor.PostJsonAsync($"/api/v1/manage/articles/{id}/archive", new { });

        await (await reader.GetAsync($"/api/v1/articles/{id}", Ct)).AssertProblemAsync(404);
    }

    // --- One item -----------------------------------------------------------------------------

    [Fact]
    public async Task An_item_read_by_its_slug_is_the_one_read_by_its_id()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var item = (await editor.PublishedAsync("articles", Samples.Article("Địa chỉ theo slug", "Sóc Trăng"))).As<ItemBody>();

        var byId = await reader.GetAsync($"/api/v1/articles/{item.Id}", Ct);
        var bySlug = await reader.GetAsync("/api/v1/articles/dia-chi-theo-slug", Ct);

        Assert.Equal(await byId.Content.ReadAsStringAsync(Ct), await bySlug.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task A_public_item_carries_its_card_fields_and_its_body()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        await editor.PublishedAsync("articles", Samples.Article("Đủ trường công khai", "Sóc Trăng"));

        var body = await reader.GetJsonAsync("/api/v1/articles/du-truong-cong-khai");

        // Raw JSON: that each field is on the wire, which a typed record would fill in with its default.
        foreach (var field in new[] { "id", "slug", "title", "summary", "viewCount", "publishedAt", "body" })
        {
            Assert.NotNull(body[field]);
        }
    }

    [Fact]
    public async Task A_public_item_may_be_cached_publicly_and_is_revalidated_by_its_etag()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        await editor.PublishedAsync("articles", Samples.Article("Thẻ ETag công khai"));

        var read = await reader.GetAsync("/api/v1/articles/the-etag-cong-khai", Ct);
        using var revalidate = new HttpRequestMessage(HttpMethod.Get, "/api/v1/articles/the-etag-cong-khai");
        revalidate.Headers.TryAddWithoutValidation("If-None-Match", read.Headers.ETag!.Tag);

        Assert.True(read.Headers.CacheControl!.Public);
        Assert.Equal(304, (int)(await reader.SendAsync(revalidate, Ct)).StatusCode);
    }

    [Fact]
    public async Task The_same_slug_under_another_type_is_another_item()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        await editor.PublishedAsync("articles", Samples.Article("Slug của bài viết"));

        await (await reader.GetAsync("/api/v1/videos/slug-cua-bai-viet", Ct)).AssertProblemAsync(404);
    }

    // --- Filters ------------------------------------------------------------------------------

    [Fact]
    public async Task A_sections_list_includes_its_sub_sections()
    {
        using var reader = app.Anonymous();
        var s = await SectionsAsync("gồm mục con");

        Assert.Equal(new[] { s.InChild, s.InParent }.Order(), (await AllSlugsAsync(reader, $"/api/v1/articles?category={s.Parent}")).Order());
    }

    [Fact]
    public async Task A_sub_sections_list_holds_only_its_own_items()
    {
        using var reader = app.Anonymous();
        var s = await SectionsAsync("mục con riêng");

        Assert.Equal([s.InChild], await AllSlugsAsync(reader, $"/api/v1/articles?category={s.Child}"));
    }

    [Fact]
    public async Task The_mixed_list_filters_by_section_too()
    {
        using var reader = app.Anonymous();
        var s = await SectionsAsync("danh sách trộn");

        Assert.Equal([s.Elsewhere], await AllSlugsAsync(reader, $"/api/v1/content?category={s.Other}"));
    }

    [Fact]
    public async Task A_tag_narrows_a_sections_list()
    {
        using var reader = app.Anonymous();
        var s = await SectionsAsync("lọc từ khoá");

        Assert.Equal([s.InParent], await AllSlugsAsync(reader, $"/api/v1/articles?category={s.Parent}&tag={s.Tag}"));
    }

    [Fact]
    public async Task An_unknown_section_is_not_found()
    {
        using var reader = app.Anonymous();

        await (await reader.GetAsync("/api/v1/articles?category=khong-ton-tai", Ct)).AssertProblemAsync(404);
    }

    // --- Pages --------------------------------------------------------------------------------

    [Fact]
    public async Task The_first_page_is_numbered_with_totals_and_holds_the_newest()
    {
        using var reader = app.Anonymous();
        var (section, slugs) = await SevenPublishedAsync("trang đầu");

        var page1 = await reader.GetBodyAsync<PageBody<ItemBody>>($"/api/v1/articles?category={section}&pageSize=3");

        Assert.Equal(1, page1.Page);
        Assert.Equal(3, page1.PageSize);
        Assert.Equal(7, page1.TotalItems);
        Assert.Equal(3, page1.TotalPages);
        Assert.Equal([slugs[6], slugs[5], slugs[4]], page1.Items.Select(i => i.Slug));
    }

    [Fact]
    public async Task The_last_page_holds_the_oldest()
    {
        using var reader = app.Anonymous();
        var (section, slugs) = await SevenPublishedAsync("trang cuối");

        var page3 = await reader.GetBodyAsync<PageBody<ItemBody>>($"/api/v1/articles?category={section}&pageSize=3&page=3");

        Assert.Equal([slugs[0]], page3.Items.Select(i => i.Slug));
    }

    [Fact]
    public async Task A_page_beyond_the_last_is_empty_and_still_counts_the_list()
    {
        using var reader = app.Anonymous();
        var (section, _) = await SevenPublishedAsync("quá trang");

        var beyond = await reader.GetBodyAsync<PageBody<ItemBody>>($"/api/v1/articles?category={section}&pageSize=3&page=9");

        Assert.Empty(beyond.Items);
        Assert.Equal(7, beyond.TotalItems);
    }

    [Fact]
    public async Task A_page_size_above_a_hundred_is_capped_at_a_hundred()
    {
        using var reader = app.Anonymous();

        var capped = await reader.GetBodyAsync<PageBody<ItemBody>>("/api/v1/articles?pageSize=5000");

        Assert.Equal(100, capped.PageSize);
    }

    [Theory]
    [InlineData("page=0")]
    [InlineData("pageSize=0")]
    [InlineData("page=-1")]
    [InlineData("page=abc")]
    public async Task A_page_or_page_size_out_of_range_is_a_400(string bad)
    {
        using var reader = app.Anonymous();

        await (await reader.GetAsync($"/api/v1/articles?{bad}", Ct)).AssertProblemAsync(400);
    }

    // --- The mixed list -----------------------------------------------------------------------

    [Fact]
    public async Task The_mixed_list_carries_each_items_type_newest_first()
    {
        using var reader = app.Anonymous();
        var tag = await OneOfEachTypeAsync("Trộn loại");

        var list = await reader.GetBodyAsync<PageBody<ItemBody>>($"/api/v1/content?tag={tag}");

        Assert.Equal(["video", "interview", "article"], list.Items.Select(i => i.Type));
    }

    [Fact]
    public async Task The_mixed_list_carries_no_bodies()
    {
        using var reader = app.Anonymous();
        var tag = await OneOfEachTypeAsync("Trộn không thân bài");

        var list = await reader.GetBodyAsync<PageBody<ItemBody>>($"/api/v1/content?tag={tag}");

        Assert.Equal(3, list.Items.Count);
        Assert.All(list.Items, i => Assert.Null(i.Body));
    }

    [Fact]
    public async Task The_mixed_list_gives_a_videos_running_time()
    {
        using var reader = app.Anonymous();
        var tag = await OneOfEachTypeAsync("Trộn thời lượng");

        var list = await reader.GetBodyAsync<PageBody<ItemBody>>($"/api/v1/content?tag={tag}");

        Assert.Equal(754, list.Items.Single(i => i.Type == "video").DurationSeconds);
    }

    [Fact]
    public async Task The_mixed_list_narrows_to_one_type()
    {
        using var reader = app.Anonymous();
        var tag = await OneOfEachTypeAsync("Trộn chỉ phim");

        var videosOnly = await reader.GetBodyAsync<PageBody<ItemBody>>($"/api/v1/content?tag={tag}&type=video");

        Assert.Equal(["tron-chi-phim-phim-tu-lieu"], videosOnly.Items.Select(i => i.Slug));
    }

    [Fact]
    public async Task An_unknown_type_is_a_400()
    {
        using var reader = app.Anonymous();

        await (await reader.GetAsync("/api/v1/content?type=podcast", Ct)).AssertProblemAsync(400);
    }

    [Fact]
    public async Task Public_endpoints_only_answer_get()
    {
        using var reader = app.Anonymous();
        var response = await reader.PostAsJsonAsync("/api/v1/articles", Samples.Article("x"), Ct);
        Assert.Equal(405, (int)response.StatusCode);
    }

    /// <summary>An article left a draft, or scheduled for tomorrow (after any time other tests move the clock on).</summary>
    private async Task<ItemBody> HiddenItemAsync(string kind, string title)
    {
        using var editor = await app.EditorAsync();
        var item = await editor.PostBodyAsync<ItemBody>("/api/v1/manage/articles", Samples.Article($"{title} {kind}"));
        if (kind == "scheduled")
        {
            await editor.PostJsonAsync($"/api/v1/manage/articles/{item.Id}/schedule", new { publishAt = app.Clock.GetUtcNow().AddDays(1) });
        }

        return item;
    }

    private sealed record Sections(string Parent, string Child, string Other, string InParent, string InChild, string Elsewhere, string Tag);

    /// <summary>
    /// A section with a sub-section and another section, an article in each; the ones in the
    /// section and in the other carry a tag. Their slugs.
    /// </summary>
    private async Task<Sections> SectionsAsync(string label)
    {
        using var editor = await app.EditorAsync();
        var economy = await editor.PostBodyAsync<CategoryBody>("/api/v1/manage/categories", new { name = $"Kinh tế {label}" });
        var farming = await editor.PostBodyAsync<CategoryBody>("/api/v1/manage/categories", new { name = $"Nông nghiệp {label}", parentId = economy.Id });
        var culture = await editor.PostBodyAsync<CategoryBody>("/api/v1/manage/categories", new { name = $"Văn hóa {label}" });

        async Task<ItemBody> PublishAsync(string title, CategoryBody section, params string[] tags)
        {
            var request = Samples.Article($"{title} {label}", tags);
            request["categoryId"] = section.Id;
            return (await editor.PublishedAsync("articles", request)).As<ItemBody>();
        }

        var inParent = await PublishAsync("Tin kinh tế chung", economy, $"Lúa ST25 {label}");
        var inChild = await PublishAsync("Lúa ST25 được giá", farming);
        var elsewhere = await PublishAsync("Lễ hội Óoc Om Bóc", culture, $"Lúa ST25 {label}");
        return new Sections(economy.Slug, farming.Slug, culture.Slug, inParent.Slug, inChild.Slug, elsewhere.Slug, inParent.Tags.Single().Slug);
    }

    /// <summary>Seven articles in a section of their own, a minute apart; the section's slug and theirs, oldest first.</summary>
    private async Task<(string Section, List<string> Slugs)> SevenPublishedAsync(string label)
    {
        using var editor = await app.EditorAsync();
        var section = await editor.PostBodyAsync<CategoryBody>("/api/v1/manage/categories", new { name = $"Phân trang {label}" });
        var slugs = new List<string>();
        for (var i = 1; i <= 7; i++)
        {
            var request = Samples.Article($"Tin phân trang {label} số {i}");
            request["categoryId"] = section.Id;
            slugs.Add((await editor.PublishedAsync("articles", request)).As<ItemBody>().Slug);
            app.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        return (section.Slug, slugs);
    }

    /// <summary>An article, then an interview, then a video, all with one tag of their own; its slug.</summary>
    private async Task<string> OneOfEachTypeAsync(string tag)
    {
        using var editor = await app.EditorAsync();
        var article = (await editor.PublishedAsync("articles", Samples.Article($"{tag} bài viết", tag))).As<ItemBody>();
        await editor.PublishedAsync("interviews", Samples.Interview($"{tag} phỏng vấn").WithTags(tag));
        await editor.PublishedAsync("videos", Samples.Video($"{tag} phim tư liệu").WithTags(tag));
        return article.Tags.Single().Slug;
    }

    private static async Task<List<string>> AllSlugsAsync(HttpClient client, string url)
    {
        var separator = url.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        return [.. (await client.GetBodyAsync<PageBody<ItemBody>>($"{url}{separator}pageSize=100")).Items.Select(i => i.Slug)];
    }
}
