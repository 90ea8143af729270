using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Cms.Tests.Support;

namespace Cms.Tests.Api;

/// <summary>
/// The public read of one item (its own query, no entity) says exactly what the editors' read
/// (the entity through its map) says, for every content type and every field, less who
/// created and changed it.
/// </summary>
public sealed class PublicItemTests(CmsApp app) : IClassFixture<CmsApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> Routes => ["articles", "interviews", "videos", "photo-stories"];

    // --- One item -----------------------------------------------------------------------------

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task The_public_item_is_the_editors_item_field_for_field_less_the_audit(string route)
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var (item, _) = await FullItemAsync(route, "ngang nhau");

        var managed = await editor.GetJsonAsync($"/api/v1/manage/{route}/{item.Id}");
        var byId = await reader.GetJsonAsync($"/api/v1/{route}/{item.Id}");

        Assert.Null(byId.As<ItemBody>().CreatedBy);
        Assert.Null(byId.As<ItemBody>().UpdatedBy);
        Assert.NotNull(managed.As<ItemBody>().CreatedBy);
        // Raw JSON: every field, those no test names included, must say the same.
        managed["createdBy"] = null;
        managed["updatedBy"] = null;
        Assert.Equal(managed.ToJsonString(), byId.ToJsonString());
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task The_public_item_read_by_its_slug_is_the_one_read_by_its_id(string route)
    {
        using var reader = app.Anonymous();
        var (item, _) = await FullItemAsync(route, "theo slug");

        var byId = await reader.GetJsonAsync($"/api/v1/{route}/{item.Id}");
        var bySlug = await reader.GetJsonAsync($"/api/v1/{route}/{item.Slug}");

        Assert.Equal(byId.ToJsonString(), bySlug.ToJsonString()); // raw JSON: the whole document, field for field
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task The_public_item_carries_its_views_tags_section_and_cover(string route)
    {
        using var reader = app.Anonymous();
        var (item, section) = await FullItemAsync(route, "đủ trường");

        var byId = await reader.GetBodyAsync<ItemBody>($"/api/v1/{route}/{item.Id}");

        Assert.Equal(2, byId.ViewCount);
        Assert.Equal(3, byId.Tags.Count);
        Assert.Equal(section.Slug, byId.Category?.Slug);
        Assert.Equal("Toàn cảnh", byId.CoverImage?.Alt);
    }

    [Fact]
    public async Task An_interview_answer_names_its_speaker_or_the_interviewee()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var created = (await editor.PublishedAsync("interviews", Samples.Interview("Phỏng vấn hai người trả lời"))).As<ItemBody>();

        var item = await reader.GetBodyAsync<InterviewBody>($"/api/v1/interviews/{created.Id}");

        Assert.Equal(["Nguyễn Văn Quận", "Trần Văn B"], item.Exchanges.Select(e => e.Speaker));
        Assert.Equal("Chân dung", item.Interviewee.Portrait?.Alt);
        Assert.Equal("Năm 2023, kinh tế phát triển khá.\n\nCó 17 chỉ tiêu đạt và vượt.", item.Exchanges[0].Answer);
    }

    [Fact]
    public async Task An_item_without_section_tags_cover_or_views_reads_with_empty_fields()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var created = (await editor.PublishedAsync("videos", Samples.Video("Phim không chuyên mục"))).As<ItemBody>();

        var json = await reader.GetJsonAsync($"/api/v1/videos/{created.Id}");
        var item = json.As<ItemBody>();
        var video = json.As<VideoBody>();

        Assert.Null(item.Category);
        Assert.Null(item.CoverImage);
        Assert.Empty(item.Tags);
        Assert.Equal(0, item.ViewCount);
        Assert.Equal("youtube", video.Source.Kind);
        Assert.Equal(754, video.DurationSeconds);
    }

    [Theory]
    [InlineData("videos", "id")]
    [InlineData("interviews", "slug")]
    public async Task An_item_read_through_another_types_route_is_not_found(string route, string by)
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var created = (await editor.PublishedAsync("articles", Samples.Article($"Chỉ là bài viết, đọc qua {route}"))).As<ItemBody>();

        await (await reader.GetAsync($"/api/v1/{route}/{(by == "id" ? created.Id.ToString() : created.Slug)}", Ct)).AssertProblemAsync(404);
    }

    [Theory]
    [InlineData("khong-co-bai-nay")]
    [InlineData("99999999999")]
    [InlineData("99999999999999999999999")] // beyond a bigint: read as a slug, found by none
    public async Task An_unknown_item_is_not_found(string idOrSlug)
    {
        using var reader = app.Anonymous();

        await (await reader.GetAsync($"/api/v1/articles/{idOrSlug}", Ct)).AssertProblemAsync(404);
    }

    // --- Batch reads --------------------------------------------------------------------------

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task A_batch_read_gives_the_public_items_asked_once_each_in_the_order_asked(string route)
    {
        using var reader = app.Anonymous();
        var (asked, ids) = await BatchAskedAsync(route, "thứ tự");

        var batch = await reader.GetBodyAsync<BatchBody<ItemBody>>(BatchUrl(route, asked));

        Assert.Equal([ids.Second, ids.First], batch.Items.Select(x => x.Id));
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task A_batch_read_gives_each_item_as_its_own_read_does(string route)
    {
        using var reader = app.Anonymous();
        var (asked, ids) = await BatchAskedAsync(route, "như đọc lẻ");

        var batch = await reader.GetBodyAsync<BatchBody<JsonObject>>(BatchUrl(route, asked));

        // Raw JSON: each item the whole document its own read gives, field for field.
        Assert.Equal((await reader.GetJsonAsync($"/api/v1/{route}/{ids.Second}")).ToJsonString(), batch.Items[0].ToJsonString());
        Assert.Equal((await reader.GetJsonAsync($"/api/v1/{route}/{ids.First}")).ToJsonString(), batch.Items[1].ToJsonString());
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task A_batch_read_lists_drafts_other_types_scheduled_and_unknown_ids_as_missing(string route)
    {
        using var reader = app.Anonymous();
        var (asked, ids) = await BatchAskedAsync(route, "thiếu");

        var batch = await reader.GetBodyAsync<BatchBody<ItemBody>>(BatchUrl(route, asked));

        Assert.Equal([ids.Draft, ids.OtherType, ids.Scheduled, 99999999999], batch.Missing);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task A_batch_read_may_be_cached_publicly(string route)
    {
        using var reader = app.Anonymous();
        var (asked, _) = await BatchAskedAsync(route, "bộ nhớ đệm");

        var response = await reader.GetAsync(BatchUrl(route, asked), Ct);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("public", response.Headers.CacheControl?.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("?ids=abc")]
    [InlineData("?ids=0")]
    [InlineData("?ids=-4")]
    [InlineData("?ids=1,2")]
    public async Task A_batch_read_without_good_ids_is_a_clear_400(string query)
    {
        using var reader = app.Anonymous();
        await (await reader.GetAsync($"/api/v1/articles/batch{query}", Ct)).AssertProblemAsync(400);
    }

    [Fact]
    public async Task A_batch_read_answers_for_each_of_a_hundred_ids()
    {
        using var reader = app.Anonymous();

        var batch = await reader.GetBodyAsync<BatchBody<ItemBody>>($"/api/v1/interviews/batch?{Ids(1, 100)}");

        Assert.Equal(100, batch.Items.Count + batch.Missing.Count);
    }

    [Fact]
    public async Task A_batch_read_of_more_than_a_hundred_ids_is_refused()
    {
        using var reader = app.Anonymous();

        var tooMany = await reader.GetAsync($"/api/v1/interviews/batch?{Ids(1, 101)}", Ct);

        Assert.Contains("ids", await tooMany.AssertValidationErrorsAsync());
    }

    [Fact]
    public async Task No_item_may_be_given_the_slug_batch_so_the_batch_read_never_hides_one()
    {
        using var editor = await app.EditorAsync();
        var asked = Samples.Article("Một bài viết");
        asked["slug"] = "batch";

        var refused = await editor.PostAsJsonAsync("/api/v1/manage/articles", asked, Ct);

        Assert.Contains("slug", await refused.AssertValidationErrorsAsync());
    }

    [Fact]
    public async Task An_item_titled_batch_gets_another_slug()
    {
        using var editor = await app.EditorAsync();

        var titled = await editor.PostBodyAsync<ItemBody>("/api/v1/manage/articles", Samples.Article("Batch"));

        Assert.Equal("article-batch", titled.Slug);
    }

    /// <summary>
    /// A published item of the type with every field filled (a section of its own, a cover, three
    /// tags) and two views counted; the item as published and its section.
    /// </summary>
    private async Task<(ItemBody Item, CategoryBody Section)> FullItemAsync(string route, string label)
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var section = await editor.PostBodyAsync<CategoryBody>("/api/v1/manage/categories", new { name = $"Chuyên mục {route} {label}" });
        var request = route switch
        {
            "articles" => Samples.Article($"Sóc Trăng {route} {label}"),
            "interviews" => Samples.Interview($"Phỏng vấn {route} {label}"),
            "photo-stories" => Samples.PhotoStory($"Ảnh {route} {label}"),
            _ => Samples.Video($"Phim {route} {label}"),
        };
        request["categoryId"] = section.Id;
        request["coverImage"] = new { url = "https://media.example.vn/bia.jpg", caption = "Ảnh bìa", alt = "Toàn cảnh" };
        request["tags"] = new[] { "Đảng bộ", "Ánh sáng", "chuyển đổi số" };
        request["seo"] = Samples.Seo();
        var item = (await editor.PublishedAsync(route, request)).As<ItemBody>();
        await reader.HitAsync($"visitor-{item.Id}-1", item.Id);
        await reader.HitAsync($"visitor-{item.Id}-2", item.Id);
        await app.FlushAsync();
        return (item, section);
    }

    private sealed record BatchIds(long First, long Second, long Draft, long OtherType, long Scheduled);

    /// <summary>
    /// Two published items of the type, a draft, one of another type and one scheduled for
    /// tomorrow; the ids to ask for (with an unknown id and the second item twice), and theirs.
    /// </summary>
    private async Task<(long[] Asked, BatchIds Ids)> BatchAskedAsync(string route, string label)
    {
        using var editor = await app.EditorAsync();
        Dictionary<string, object?> Sample(string title) => route switch
        {
            "articles" => Samples.Article(title, "Đảng bộ"),
            "interviews" => Samples.Interview(title),
            "photo-stories" => Samples.PhotoStory(title),
            _ => Samples.Video(title),
        };
        var first = (await editor.PublishedAsync(route, Sample($"Đọc nhiều {route} {label} một"))).As<ItemBody>().Id;
        var second = (await editor.PublishedAsync(route, Sample($"Đọc nhiều {route} {label} hai"))).As<ItemBody>().Id;
        var draft = (await editor.PostBodyAsync<ItemBody>($"/api/v1/manage/{route}", Sample($"Đọc nhiều {route} {label} nháp"))).Id;
        var otherType = (await editor.PublishedAsync(route == "articles" ? "videos" : "articles",
            route == "articles" ? Samples.Video($"Loại khác {label}") : Samples.Article($"Loại khác {label}"))).As<ItemBody>().Id;
        var scheduled = (await editor.PostBodyAsync<ItemBody>($"/api/v1/manage/{route}", Sample($"Đọc nhiều {route} {label} hẹn giờ"))).Id;
        await editor.PostJsonAsync($"/api/v1/manage/{route}/{scheduled}/schedule", new { publishAt = DateTimeOffset.UtcNow.AddDays(1) });
        return ([second, draft, first, otherType, scheduled, 99999999999, second], new BatchIds(first, second, draft, otherType, scheduled));
    }

    private static string BatchUrl(string route, long[] ids) => $"/api/v1/{route}/batch?{string.Join('&', ids.Select(id => $"ids={id}"))}";

    private static string Ids(int from, int to) => string.Join('&', Enumerable.Range(from, to - from + 1).Select(id => $"ids={id}"));
}
