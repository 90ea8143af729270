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

    public static TheoryData<string> Routes => ["articles", "interviews", "videos"];

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task The_public_item_is_the_editors_item_field_for_field_less_the_audit(string route)
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var section = await editor.PostJsonAsync("/api/v1/manage/categories", new { name = $"Chuyên mục {route}" });
        var request = route switch
        {
            "articles" => Samples.Article($"Sóc Trăng {route} đầy đủ", "Đảng bộ", "Ánh sáng", "chuyển đổi số"),
            "interviews" => Samples.Interview($"Phỏng vấn {route} đầy đủ"),
            _ => Samples.Video($"Phim {route} đầy đủ"),
        };
        request["categoryId"] = (int)section["id"]!;
        request["coverImage"] = new { url = "https://media.example.vn/bia.jpg", caption = "Ảnh bìa", alt = "Toàn cảnh" };
        request["tags"] = new[] { "Đảng bộ", "Ánh sáng", "chuyển đổi số" };
        var created = await editor.PublishedAsync(route, request);
        var id = (long)created["id"]!;
        await reader.HitAsync("visitor-public-item", id);
        await reader.HitAsync("visitor-public-item-2", id);
        await app.FlushAsync();

        var managed = await editor.GetJsonAsync($"/api/v1/manage/{route}/{id}");
        var byId = await reader.GetJsonAsync($"/api/v1/{route}/{id}");
        var bySlug = await reader.GetJsonAsync($"/api/v1/{route}/{(string)created["slug"]!}");

        Assert.Equal(2, (long)byId["viewCount"]!);
        Assert.Equal(3, byId["tags"]!.AsArray().Count);
        Assert.Equal((string?)section["slug"], (string?)byId["category"]!["slug"]);
        Assert.Equal("Toàn cảnh", (string?)byId["coverImage"]!["alt"]);
        Assert.Null(byId["createdBy"]);
        Assert.Null(byId["updatedBy"]);
        Assert.NotNull(managed["createdBy"]);
        managed["createdBy"] = null;
        managed["updatedBy"] = null;
        Assert.Equal(managed.ToJsonString(), byId.ToJsonString());
        Assert.Equal(byId.ToJsonString(), bySlug.ToJsonString());
    }

    [Fact]
    public async Task An_interview_answer_names_its_speaker_or_the_interviewee()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var created = await editor.PublishedAsync("interviews", Samples.Interview("Phỏng vấn hai người trả lời"));

        var item = await reader.GetJsonAsync($"/api/v1/interviews/{(long)created["id"]!}");

        var speakers = item["exchanges"]!.AsArray().Select(e => (string?)e!["speaker"]).ToList();
        Assert.Equal(["Nguyễn Văn Quận", "Trần Văn B"], speakers);
        Assert.Equal("Chân dung", (string?)item["interviewee"]!["portrait"]!["alt"]);
        Assert.Equal("Năm 2023, kinh tế phát triển khá.\n\nCó 17 chỉ tiêu đạt và vượt.", (string?)item["exchanges"]![0]!["answer"]);
    }

    [Fact]
    public async Task An_item_without_section_tags_cover_or_views_reads_with_empty_fields()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var created = await editor.PublishedAsync("videos", Samples.Video("Phim không chuyên mục"));

        var item = await reader.GetJsonAsync($"/api/v1/videos/{(long)created["id"]!}");

        Assert.Null(item["category"]);
        Assert.Null(item["coverImage"]);
        Assert.Empty(item["tags"]!.AsArray());
        Assert.Equal(0, (long)item["viewCount"]!);
        Assert.Equal("youtube", (string?)item["source"]!["kind"]);
        Assert.Equal(754, (int)item["durationSeconds"]!);
    }

    [Fact]
    public async Task An_item_of_another_type_or_an_unknown_one_is_not_found()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var created = await editor.PublishedAsync("articles", Samples.Article("Chỉ là bài viết"));

        await (await reader.GetAsync($"/api/v1/videos/{(long)created["id"]!}", Ct)).AssertProblemAsync(404);
        await (await reader.GetAsync($"/api/v1/interviews/{(string)created["slug"]!}", Ct)).AssertProblemAsync(404);
        await (await reader.GetAsync("/api/v1/articles/khong-co-bai-nay", Ct)).AssertProblemAsync(404);
        await (await reader.GetAsync("/api/v1/articles/99999999999", Ct)).AssertProblemAsync(404);
        await (await reader.GetAsync("/api/v1/articles/99999999999999999999999", Ct)).AssertProblemAsync(404);
    }

    [Theory]
    [MemberData(nameof(Routes))]
    public async Task A_batch_read_gives_each_item_as_its_own_read_does_in_the_order_asked(string route)
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        Dictionary<string, object?> Sample(string title) => route switch
        {
            "articles" => Samples.Article(title, "Đảng bộ"),
            "interviews" => Samples.Interview(title),
            _ => Samples.Video(title),
        };
        var first = await editor.PublishedAsync(route, Sample($"Đọc nhiều {route} một"));
        var second = await editor.PublishedAsync(route, Sample($"Đọc nhiều {route} hai"));
        var draft = await editor.PostJsonAsync($"/api/v1/manage/{route}", Sample($"Đọc nhiều {route} nháp"));
        var otherType = await editor.PublishedAsync(route == "articles" ? "videos" : "articles",
            route == "articles" ? Samples.Video("Loại khác") : Samples.Article("Loại khác"));
        var scheduled = await editor.PostJsonAsync($"/api/v1/manage/{route}", Sample($"Đọc nhiều {route} hẹn giờ"));
        await editor.PostJsonAsync($"/api/v1/manage/{route}/{(long)scheduled["id"]!}/schedule", new { publishAt = DateTimeOffset.UtcNow.AddDays(1) });
        long Id(JsonNode item) => (long)item["id"]!;

        long[] asked = [Id(second), Id(draft), Id(first), Id(otherType), Id(scheduled), 99999999999, Id(second)];
        var response = await reader.GetAsync($"/api/v1/{route}/batch?{string.Join('&', asked.Select(id => $"ids={id}"))}", Ct);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("public", response.Headers.CacheControl?.ToString());
        var batch = await response.JsonAsync();

        var items = batch["items"]!.AsArray();
        Assert.Equal([Id(second), Id(first)], items.Select(x => (long)x!["id"]!));
        Assert.Equal((await reader.GetJsonAsync($"/api/v1/{route}/{Id(second)}")).ToJsonString(), items[0]!.ToJsonString());
        Assert.Equal((await reader.GetJsonAsync($"/api/v1/{route}/{Id(first)}")).ToJsonString(), items[1]!.ToJsonString());
        Assert.Equal([Id(draft), Id(otherType), Id(scheduled), 99999999999], batch["missing"]!.AsArray().Select(x => (long)x!));
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
    public async Task A_batch_read_takes_at_most_a_hundred_ids()
    {
        using var reader = app.Anonymous();
        var hundred = string.Join('&', Enumerable.Range(1, 100).Select(id => $"ids={id}"));

        var ok = await reader.GetJsonAsync($"/api/v1/interviews/batch?{hundred}");
        var tooMany = await reader.GetAsync($"/api/v1/interviews/batch?{hundred}&ids=101", Ct);

        Assert.Equal(100, ok["items"]!.AsArray().Count + ok["missing"]!.AsArray().Count);
        Assert.Contains("ids", await tooMany.AssertValidationErrorsAsync());
    }

    [Fact]
    public async Task No_item_is_called_batch_so_the_batch_read_never_hides_one()
    {
        using var editor = await app.EditorAsync();
        var asked = Samples.Article("Một bài viết");
        asked["slug"] = "batch";

        var refused = await editor.PostAsJsonAsync("/api/v1/manage/articles", asked, Ct);
        var titled = await editor.PostJsonAsync("/api/v1/manage/articles", Samples.Article("Batch"));

        Assert.Contains("slug", await refused.AssertValidationErrorsAsync());
        Assert.Equal("article-batch", (string?)titled["slug"]);
    }
}
