using System.Text;
using System.Text.Json.Nodes;
using Cms.Tests.Support;

namespace Cms.Tests.Api;

/// <summary>
/// Vietnamese search: without tone marks, in any case, decomposed or not; titles rank above
/// text; drafts never found; snippets mark the words as written.
/// </summary>
public sealed class SearchTests(SearchTests.App app) : IClassFixture<SearchTests.App>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<List<JsonNode>> SearchAsync(string url)
    {
        using var reader = app.Anonymous();
        return [.. (await reader.GetJsonAsync(url))["items"]!.AsArray().Select(i => i!)];
    }

    private static List<string> Titles(IEnumerable<JsonNode> items) => [.. items.Select(i => (string)i["title"]!)];

    [Fact]
    public async Task Unaccented_words_find_accented_text_titles_first_drafts_never()
    {
        var found = Titles(await SearchAsync("/api/v1/search?q=soc%20trang"));
        Assert.Equal(App.TitleMatch, found[0]); // in the title: ranks first
        Assert.Contains(App.BodyMatch, found);
        Assert.DoesNotContain(App.DraftMatch, found);
        Assert.True(found.IndexOf(App.TitleMatch) < found.IndexOf(App.BodyMatch));

        // Case, đ/Đ and tone marks do not matter; decomposed input neither.
        foreach (var q in new[] { "dang bo", "ĐẢNG BỘ", "Đảng bộ", "Đảng bộ".Normalize(NormalizationForm.FormD), "đang bo" })
        {
            Assert.Equal([App.BodyMatch], Titles(await SearchAsync("/api/v1/search?q=" + Uri.EscapeDataString(q))));
        }
    }

    [Fact]
    public async Task Interview_answers_and_video_descriptions_are_searched_and_type_filters_apply()
    {
        Assert.Equal([App.InterviewMatch], Titles(await SearchAsync("/api/v1/search?q=nong%20thon%20moi")));
        Assert.Equal([App.VideoMatch], Titles(await SearchAsync("/api/v1/search?q=ooc%20om%20boc")));
        Assert.Empty(await SearchAsync("/api/v1/search?q=ooc%20om%20boc&type=article"));
        Assert.Equal([App.VideoMatch], Titles(await SearchAsync("/api/v1/videos?q=ooc%20om%20boc")));
        Assert.Empty(await SearchAsync("/api/v1/articles?q=ooc%20om%20boc"));
        Assert.Equal([App.InterviewMatch], Titles(await SearchAsync("/api/v1/content?q=nong%20thon%20moi")));
        // Every word must match.
        Assert.Empty(await SearchAsync("/api/v1/search?q=nong%20thon%20moi%20ooc"));
    }

    [Fact]
    public async Task Snippets_mark_the_matching_words_as_written_and_escape_the_rest()
    {
        var hit = (await SearchAsync("/api/v1/search?q=dang%20bo")).Single();
        var snippet = (string)hit["snippet"]!;
        Assert.Contains("<mark>Đảng</mark> <mark>bộ</mark>", snippet, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;", (string)(await SearchAsync("/api/v1/search?q=ooc%20om%20boc")).Single()["snippet"]!, StringComparison.Ordinal);
        Assert.Null((await SearchAsync("/api/v1/content"))[0]["snippet"]); // not searching: no snippet
    }

    [Fact]
    public async Task Emoji_and_other_astral_characters_in_text_do_not_break_snippets()
    {
        var hit = (await SearchAsync("/api/v1/search?q=phao%20hoa")).Single();
        Assert.Contains("<mark>pháo</mark> <mark>hoa</mark>", (string)hit["snippet"]!, StringComparison.Ordinal);
        Assert.Contains("🎆", (string)hit["snippet"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_search_needs_words()
    {
        using var reader = app.Anonymous();
        Assert.Contains("q", await (await reader.GetAsync("/api/v1/search", Ct)).AssertValidationErrorsAsync());
        Assert.Contains("q", await (await reader.GetAsync("/api/v1/search?q=%21%21%21", Ct)).AssertValidationErrorsAsync());
        Assert.Contains("q", await (await reader.GetAsync("/api/v1/articles?q=" + new string('a', 201), Ct)).AssertValidationErrorsAsync());
    }

    /// <summary>One database with the items the searches look for.</summary>
    public sealed class App : CmsApp
    {
        public const string TitleMatch = "Sóc Trăng đẩy mạnh chuyển đổi số";
        public const string BodyMatch = "Hội nghị tổng kết công tác năm";
        public const string DraftMatch = "Bản nháp về Sóc Trăng";
        public const string InterviewMatch = "Phỏng vấn về xây dựng đô thị";
        public const string VideoMatch = "Phim tư liệu lễ hội";

        public override async ValueTask InitializeAsync()
        {
            await base.InitializeAsync();
            using var editor = await EditorAsync();
            async Task PublishAsync(string route, Dictionary<string, object?> body)
            {
                var id = (long)(await editor.PostJsonAsync($"/api/v1/manage/{route}", body))["id"]!;
                await editor.PostJsonAsync($"/api/v1/manage/{route}/{id}/publish", new { });
            }

            await PublishAsync("articles", Samples.Article(TitleMatch));
            var body = Samples.Article(BodyMatch);
            body["summary"] = "Tổng kết một năm làm việc.";
            body["body"] = "<p>Sáng nay, <strong>Đảng bộ</strong> thành phố Sóc Trăng tổ chức hội nghị tổng kết.</p>";
            await PublishAsync("articles", body);
            await editor.PostJsonAsync("/api/v1/manage/articles", Samples.Article(DraftMatch));
            var interview = Samples.Interview(InterviewMatch);
            interview["exchanges"] = new object[] { new { question = "Kết quả năm qua?", answer = "Thành phố hoàn thành chương trình nông thôn mới." } };
            await PublishAsync("interviews", interview);
            var festive = Samples.Article("Đêm giao thừa");
            festive["summary"] = "Màn 🎆 pháo hoa 🎉 rực rỡ 𝒙 trên bầu trời.";
            await PublishAsync("articles", festive);
            var video = Samples.Video(VideoMatch);
            video["description"] = "Lễ hội <b>Oóc Om Bóc</b> của đồng bào Khmer.";
            await PublishAsync("videos", video);
        }
    }
}
