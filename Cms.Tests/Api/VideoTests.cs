using System.Net.Http.Json;
using Cms.Tests.Support;

namespace Cms.Tests.Api;

/// <summary>
/// Videos play from a file, an HLS playlist or an embedded YouTube or Vimeo player; the source's
/// value must fit its kind. One behaviour per test.
/// </summary>
public sealed class VideoTests(CmsApp app) : IClassFixture<CmsApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("youtube", "dQw4w9WgXcQ")]
    [InlineData("vimeo", "76979871")]
    [InlineData("file", "https://media.example.vn/phim/le-hoi.mp4")]
    [InlineData("hls", "https://media.example.vn/phim/le-hoi/index.m3u8")]
    [InlineData("file", "/media/demo/phim-tu-lieu.webm")]
    public async Task A_video_plays_from_a_file_an_hls_playlist_or_an_embedded_player(string kind, string value)
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var request = Samples.Video($"Phim {kind} {Guid.NewGuid():N}");
        request["source"] = new { kind, value };
        request["coverImage"] = new { url = "https://media.example.vn/thumb.jpg", alt = "Ảnh đại diện" };
        var published = (await editor.PublishedAsync("videos", request)).As<ItemBody>();

        var video = await reader.GetBodyAsync<VideoBody>($"/api/v1/videos/{published.Id}");

        Assert.Equal("video", video.Type);
        Assert.Equal(new VideoSourceBody(kind, value), video.Source);
        Assert.Equal(754, video.DurationSeconds);
        Assert.Equal("https://media.example.vn/thumb.jpg", video.CoverImage?.Url);
    }

    [Theory]
    [InlineData("youtube", "https://youtube.com/watch?v=dQw4w9WgXcQ")]
    [InlineData("vimeo", "abc")]
    [InlineData("file", "javascript:alert(1)")]
    [InlineData("hls", "//evil.example/x.m3u8")]
    public async Task A_source_value_must_fit_its_kind(string kind, string value)
    {
        using var editor = await app.EditorAsync();
        var request = Samples.Video("Nguồn sai");
        request["source"] = new { kind, value };
        Assert.Contains("source.value", await (await editor.PostAsJsonAsync("/api/v1/manage/videos", request, Ct)).AssertValidationErrorsAsync());
    }

    [Fact]
    public async Task A_video_needs_a_source_and_a_duration_that_is_not_negative()
    {
        using var editor = await app.EditorAsync();
        var request = Samples.Video("Không nguồn");
        request.Remove("source");
        request["durationSeconds"] = -5;

        var keys = await (await editor.PostAsJsonAsync("/api/v1/manage/videos", request, Ct)).AssertValidationErrorsAsync();

        Assert.Contains("source", keys);
        Assert.Contains("durationSeconds", keys);
    }

    [Fact]
    public async Task A_source_of_an_unknown_kind_is_a_400()
    {
        using var editor = await app.EditorAsync();
        var request = Samples.Video("Nguồn lạ");
        request["source"] = new { kind = "tiktok", value = "x" };

        await (await editor.PostAsJsonAsync("/api/v1/manage/videos", request, Ct)).AssertProblemAsync(400);
    }
}
