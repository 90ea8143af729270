using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Cms.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Cms.Tests.Api;

/// <summary>
/// Request bodies above Cms:Limits:MaxRequestBodyBytes (default 8 MiB) are refused with 413
/// ProblemDetails before anything is stored; the largest legitimate article still fits.
/// </summary>
public sealed class RequestLimitTests(CmsApp app) : IClassFixture<CmsApp>
{
    private const int DefaultLimit = 8 * 1024 * 1024;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_article_one_byte_over_the_limit_is_a_413_and_nothing_is_stored(bool chunked)
    {
        using var editor = await app.EditorAsync();
        var before = await app.DbAsync(db => db.ContentItems.CountAsync(Ct));

        var response = await editor.SendAsync(Post("/api/v1/manage/articles", ArticleJson(DefaultLimit + 1), chunked), Ct);

        var problem = await response.AssertProblemAsync(413);
        Assert.Equal("The request body is too large.", problem.Title);
        Assert.Contains(DefaultLimit.ToString(System.Globalization.CultureInfo.InvariantCulture), problem.Detail, StringComparison.Ordinal);
        Assert.Equal(before, await app.DbAsync(db => db.ContentItems.CountAsync(Ct)));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_article_of_exactly_the_limit_is_not_refused_for_its_size(bool chunked)
    {
        using var editor = await app.EditorAsync();

        var response = await editor.SendAsync(Post("/api/v1/manage/articles", ArticleJson(DefaultLimit), chunked), Ct);

        Assert.Equal(201, (int)response.StatusCode);
    }

    [Fact]
    public async Task The_default_admits_the_longest_article_body_even_with_every_letter_escaped()
    {
        using var editor = await app.EditorAsync();
        var request = Samples.Article("Bài dài nhất " + Guid.NewGuid().ToString("N")[..8]);
        request["body"] = new string('ế', 1_000_000); // 3 bytes in UTF-8, 6 as "\u1EBF"
        var json = JsonSerializer.Serialize(request); // the default encoder escapes non-ASCII
        Assert.True(Encoding.UTF8.GetByteCount(json) > 6_000_000);

        var response = await editor.SendAsync(Post("/api/v1/manage/articles", json, chunked: false), Ct);

        Assert.Equal(201, (int)response.StatusCode);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task An_oversized_hit_beacon_is_a_413_and_is_not_counted(bool chunked)
    {
        using var editor = await app.EditorAsync();
        var id = (await editor.PostBodyAsync<ItemBody>("/api/v1/manage/articles", Samples.Article("Đếm lượt xem " + Guid.NewGuid().ToString("N")[..8]))).Id;
        await editor.PostJsonAsync($"/api/v1/manage/articles/{id}/publish", new { });
        await app.FlushAsync();
        var totalBefore = (await app.StatsAsync()).Total;

        // A valid hit padded with JSON whitespace past the limit: without the limit it would be counted.
        var hit = JsonSerializer.Serialize(new { visitorId = Guid.NewGuid().ToString(), contentId = id }) + new string(' ', DefaultLimit);
        using var anonymous = app.Anonymous();
        var request = Post("/api/v1/hits", hit, chunked);
        request.Headers.TryAddWithoutValidation("User-Agent", CounterClient.Browser);
        var response = await anonymous.SendAsync(request, Ct);

        await response.AssertProblemAsync(413);
        await app.FlushAsync();
        Assert.Equal(totalBefore, (await app.StatsAsync()).Total);
        Assert.False(await app.DbAsync(db => db.ContentViewTotals.AnyAsync(v => v.ContentId == id, Ct)));
    }

    /// <summary>A valid article request padded with JSON whitespace to exactly this many bytes.</summary>
    private static string ArticleJson(int bytes)
    {
        var json = JsonSerializer.Serialize(Samples.Article("Giới hạn kích thước " + Guid.NewGuid().ToString("N")[..8]));
        return json + new string(' ', bytes - Encoding.UTF8.GetByteCount(json));
    }

    private static HttpRequestMessage Post(string url, string json, bool chunked)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        HttpContent content = chunked ? new UnknownLengthContent(bytes) : new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
        request.Headers.TransferEncodingChunked = chunked;
        return request;
    }

    /// <summary>A body that does not tell its length, so no Content-Length is sent (chunked).</summary>
    private sealed class UnknownLengthContent(byte[] bytes) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream stream, System.Net.TransportContext? context) =>
            stream.WriteAsync(bytes).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
