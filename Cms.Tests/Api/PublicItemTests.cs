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
}
