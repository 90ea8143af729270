using System.Net.Http.Json;
using System.Text;
using Cms.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Cms.Tests.Api;

/// <summary>
/// Article bodies go through the rich-text allow-list on write: known XSS vectors lose their
/// dangerous part, newsroom formatting survives. Checked on what the API returns and on what
/// the database row holds (the site renders that HTML as it is).
/// </summary>
public sealed class SanitizerTests(CmsApp app, SanitizerTests.OwnPlayerOnly ownPlayer) : IClassFixture<CmsApp>, IClassFixture<SanitizerTests.OwnPlayerOnly>
{
    private const string SafeText = "<p>Tin an toàn</p>";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Vector and a fragment of it that must not survive (compared ignoring case).</summary>
    public static TheoryData<string, string> Attacks => new()
    {
        { "<script>alert(1)</script>", "alert(1)" },
        { "<img src=x onerror=alert(1)>", "onerror" },
        { "<p onmouseover=\"alert(1)\">chữ</p>", "onmouseover" },
        { "<svg onload=alert(1)><circle r=\"1\"></circle></svg>", "<svg" },
        { "<svg><script>alert(1)</script></svg>", "alert(1)" },
        { "<a href=\"javascript:alert(1)\">bấm</a>", "href=" },
        { "<a href=\"JaVaScRiPt:alert(1)\">bấm</a>", "href=" },
        { "<a href=\"jav&#x09;ascript:alert(1)\">bấm</a>", "href=" },
        { "<a href=\"&#14;  javascript:alert(1)\">bấm</a>", "href=" },
        { "<a href=\"vbscript:msgbox(1)\">bấm</a>", "href=" },
        { "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">bấm</a>", "href=" },
        { "<img src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">", "data:" },
        { "<img src=\"/a.jpg\" srcset=\"javascript:alert(1) 1x\">", "srcset" },
        { "<iframe src=\"javascript:alert(1)\"></iframe>", "<iframe" },
        { "<iframe src=\"https://evil.example/embed/x\"></iframe>", "<iframe" },
        { "<iframe src=\"https://www.youtube.com.evil.example/embed/x\"></iframe>", "<iframe" },
        { "<iframe src=\"https://www.youtube.com@evil.example/embed/x\"></iframe>", "<iframe" },
        { "<iframe src=\"http://www.youtube.com/embed/x\"></iframe>", "<iframe" },
        { "<iframe src=\"https://www.youtube.com/embed/%2e%2e/redirect?q=https://evil.example\"></iframe>", "<iframe" },
        { "<iframe src=\"https://www.youtube.com/watch?v=x\"></iframe>", "<iframe" },
        { "<iframe src=\"https://www.youtube.com/embed/x\" srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"></iframe>", "srcdoc" },
        { "<iframe src=\"https://www.youtube.com/embed/x\" onload=\"alert(1)\"></iframe>", "onload" },
        { "<object data=\"https://evil.example/x.swf\"></object>", "<object" },
        { "<embed src=\"https://evil.example/x.swf\">", "<embed" },
        { "<style>body{display:none}</style>", "display" },
        { "<link rel=\"stylesheet\" href=\"https://evil.example/x.css\">", "<link" },
        { "<p style=\"background:url(javascript:alert(1))\">chữ</p>", "url(" },
        { "<p style=\"width: expression(alert(1))\">chữ</p>", "expression" },
        { "<p style=\"behavior: url(x.htc)\">chữ</p>", "behavior" },
        { "<div style=\"position:fixed;top:0;left:0;width:100%;height:100%\">chữ</div>", "position" },
        { "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>", "onerror" },
        { "<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>", "onerror" },
        { "<form action=\"https://evil.example\"><input name=\"password\"><button formaction=\"javascript:alert(1)\">Gửi</button></form>", "<input" },
        { "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>", "onerror" },
        { "<xmp><p title=\"</xmp><img src=x onerror=alert(1)>\"></xmp>", "onerror" },
        { "<template><img src=x onerror=alert(1)></template>", "onerror" },
        { "<base href=\"https://evil.example/\">", "<base" },
        { "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">", "refresh" },
        { "<a href=\"https://example.vn\" target=\"_blank\" rel=\"opener\">bấm</a>", "\"opener" },
        { "<img id=\"location\" name=\"cookie\" src=\"/a.jpg\">", "location" },
    };

    /// <summary>Newsroom HTML and the parts of it that must come back unchanged.</summary>
    public static TheoryData<string, string[]> NewsroomContent => new()
    {
        {
            "<figure><img src=\"https://example.vn/anh.jpg\" alt=\"Hội nghị\" width=\"800\" height=\"600\" loading=\"lazy\"><figcaption>Quang cảnh hội nghị</figcaption></figure>",
            ["<figure>", "<img src=\"https://example.vn/anh.jpg\" alt=\"Hội nghị\" width=\"800\" height=\"600\" loading=\"lazy\">", "<figcaption>Quang cảnh hội nghị</figcaption>"]
        },
        {
            "<table><caption>Kết quả năm 2023</caption><thead><tr><th scope=\"col\">Chỉ tiêu</th><th scope=\"col\">Đạt</th></tr></thead><tbody><tr><td colspan=\"2\" rowspan=\"1\">17</td></tr></tbody><tfoot><tr><td>Tổng</td></tr></tfoot></table>",
            ["<caption>Kết quả năm 2023</caption>", "<th scope=\"col\">Chỉ tiêu</th>", "<td colspan=\"2\" rowspan=\"1\">17</td>", "<tfoot>"]
        },
        {
            "<iframe src=\"https://www.youtube.com/embed/dQw4w9WgXcQ?start=30\" width=\"560\" height=\"315\" title=\"Phim tư liệu\" allow=\"accelerometer; encrypted-media; picture-in-picture\" allowfullscreen frameborder=\"0\" loading=\"lazy\"></iframe>",
            ["src=\"https://www.youtube.com/embed/dQw4w9WgXcQ?start=30\"", "title=\"Phim tư liệu\"", "allow=\"accelerometer; encrypted-media; picture-in-picture\"", "allowfullscreen", "frameborder=\"0\""]
        },
        {
            "<iframe src=\"https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ\" width=\"560\" height=\"315\"></iframe>",
            ["<iframe src=\"https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ\" width=\"560\" height=\"315\"></iframe>"]
        },
        {
            "<iframe src=\"https://player.vimeo.com/video/76979871\" width=\"640\" height=\"360\" allow=\"fullscreen\"></iframe>",
            ["<iframe src=\"https://player.vimeo.com/video/76979871\" width=\"640\" height=\"360\" allow=\"fullscreen\"></iframe>"]
        },
        {
            "<h2>Kinh tế</h2><h3>Nông nghiệp</h3><h4>Lúa</h4><h5>Giống</h5><h6>Ghi chú</h6>",
            ["<h2>Kinh tế</h2>", "<h3>Nông nghiệp</h3>", "<h4>Lúa</h4>", "<h5>Giống</h5>", "<h6>Ghi chú</h6>"]
        },
        {
            "<ul><li>Một</li><li>Hai</li></ul><ol><li>Thứ nhất</li></ol><blockquote><p>Xin cảm ơn đồng chí!</p></blockquote>",
            ["<ul><li>Một</li><li>Hai</li></ul>", "<ol><li>Thứ nhất</li></ol>", "<blockquote><p>Xin cảm ơn đồng chí!</p></blockquote>"]
        },
        {
            "<p><a href=\"https://soctrang.gov.vn/tin\" title=\"Cổng thông tin\">nguồn</a>, <a href=\"/api/v1/articles/1\">bài trước</a>, <a href=\"mailto:toasoan@example.vn\">thư</a>, <a href=\"tel:+842993821234\">gọi</a></p>",
            ["<a href=\"https://soctrang.gov.vn/tin\" title=\"Cổng thông tin\">nguồn</a>", "<a href=\"/api/v1/articles/1\">bài trước</a>", "<a href=\"mailto:toasoan@example.vn\">thư</a>", "<a href=\"tel:+842993821234\">gọi</a>"]
        },
        {
            "<p><a href=\"https://example.vn/\" target=\"_blank\">mở tab mới</a></p>",
            ["target=\"_blank\"", "rel=\"noopener noreferrer\""]
        },
        {
            "<p style=\"text-align: center\"><strong>đậm</strong> <em>nghiêng</em> <b>b</b> <i>i</i> <u>gạch</u> <s>xóa</s> H<sub>2</sub>O m<sup>2</sup><br>dòng mới</p><hr><div><span>khối</span></div><pre><code>mã</code></pre>",
            ["text-align: center", "<strong>đậm</strong>", "<em>nghiêng</em>", "<u>gạch</u>", "<s>xóa</s>", "<sub>2</sub>", "<sup>2</sup>", "<br>", "<hr>", "<div><span>khối</span></div>", "<pre><code>mã</code></pre>"]
        },
        {
            // Pasted from Word or another site: the wrapper goes, its text stays.
            "<section><font color=\"red\">Chữ dán từ Word</font></section>",
            ["Chữ dán từ Word"]
        },
    };

    [Theory]
    [MemberData(nameof(Attacks))]
    public async Task Known_xss_vectors_lose_their_dangerous_part(string attack, string forbidden)
    {
        Assert.Contains(forbidden, attack, StringComparison.OrdinalIgnoreCase);

        var stored = await StoreAsync(SafeText + attack);

        Assert.DoesNotContain(forbidden, stored, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(HtmlThreats.Find(stored));
        Assert.StartsWith(SafeText, stored, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(NewsroomContent))]
    public async Task Newsroom_formatting_survives(string html, string[] kept)
    {
        var stored = await StoreAsync(html);

        foreach (var part in kept)
        {
            Assert.Contains(part, stored, StringComparison.Ordinal);
        }

        Assert.Empty(HtmlThreats.Find(stored));
    }

    [Fact]
    public async Task Decomposed_vietnamese_in_the_body_is_stored_as_NFC()
    {
        const string html = "<p title=\"Thống kê\">Đảng bộ thành phố Sóc Trăng tập trung hoàn thiện các tiêu chí</p>";
        var decomposed = html.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(html, decomposed);

        var stored = await StoreAsync(decomposed);

        Assert.Equal(html, stored);
    }

    [Fact]
    public async Task Configured_iframe_sources_replace_the_default_players()
    {
        var stored = await StoreAsync(
            "<iframe src=\"https://video.soctrang.gov.vn/embed/42\"></iframe><iframe src=\"https://www.youtube.com/embed/dQw4w9WgXcQ\"></iframe>",
            ownPlayer);

        Assert.Equal("<iframe src=\"https://video.soctrang.gov.vn/embed/42\"></iframe>", stored);
    }

    [Fact]
    public async Task An_iframe_source_that_is_not_an_https_prefix_stops_the_start()
    {
        await using var misconfigured = new InsecurePlayer();

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => misconfigured.InitializeAsync().AsTask());

        Assert.Contains("AllowedIframeSources", failure.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Creates an article with this body; returns the body the API and the database hold (asserted equal).</summary>
    private async Task<string> StoreAsync(string body, CmsApp? target = null)
    {
        var server = target ?? app;
        using var editor = await server.EditorAsync();
        var request = Samples.Article("Kiểm tra nội dung " + Guid.NewGuid().ToString("N")[..8]);
        request["body"] = body;
        var created = await editor.PostBodyAsync<ItemBody>("/api/v1/manage/articles", request);

        var read = (await editor.GetBodyAsync<ItemBody>($"/api/v1/manage/articles/{created.Id}")).Body;
        var row = await server.DbAsync(db => db.Articles.Where(a => a.Id == created.Id).Select(a => a.Body).SingleAsync(Ct));
        Assert.Equal(row, read);
        Assert.Equal(row, created.Body);
        return row;
    }

    /// <summary>The API with the portal's own video player as the only embeddable source.</summary>
    public sealed class OwnPlayerOnly : CmsApp
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Cms:RichText:AllowedIframeSources:0"] = "https://video.soctrang.gov.vn/embed/",
        };
    }

    private sealed class InsecurePlayer : CmsApp
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Cms:RichText:AllowedIframeSources:0"] = "http://video.example.vn/",
        };
    }
}
