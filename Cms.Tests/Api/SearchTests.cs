using System.Text;
using Cms.Tests.Support;

namespace Cms.Tests.Api;

/// <summary>
/// Vietnamese search: without tone marks, in any case, decomposed or not; titles rank above
/// text; drafts never found; snippets mark the words as written.
/// </summary>
public sealed class SearchTests(SearchTests.App app) : IClassFixture<SearchTests.App>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // --- Words, ranks, drafts -----------------------------------------------------------------

    [Fact]
    public async Task Unaccented_words_find_accented_text_in_titles_and_bodies()
    {
        var found = await TitlesAsync("/api/v1/search?q=soc%20trang");

        Assert.Contains(App.TitleMatch, found);
        Assert.Contains(App.BodyMatch, found);
    }

    [Fact]
    public async Task A_match_in_the_title_ranks_above_one_in_the_text()
    {
        var found = await TitlesAsync("/api/v1/search?q=soc%20trang");

        Assert.Equal(App.TitleMatch, found[0]); // in the title: ranks first
        Assert.True(found.IndexOf(App.TitleMatch) < found.IndexOf(App.BodyMatch));
    }

    [Fact]
    public async Task Drafts_are_never_found()
    {
        Assert.DoesNotContain(App.DraftMatch, await TitlesAsync("/api/v1/search?q=soc%20trang"));
    }

    [Theory]
    [InlineData("dang bo")]
    [InlineData("ĐẢNG BỘ")]
    [InlineData("Đảng bộ")]
    [InlineData("Đảng bộ", true)]
    [InlineData("đang bo")]
    public async Task Case_the_letter_dd_tone_marks_and_decomposed_input_do_not_matter(string q, bool decomposed = false)
    {
        var query = decomposed ? q.Normalize(NormalizationForm.FormD) : q;

        Assert.Equal([App.BodyMatch], await TitlesAsync("/api/v1/search?q=" + Uri.EscapeDataString(query)));
    }

    [Fact]
    public async Task Every_word_must_match()
    {
        Assert.Empty(await SearchAsync("/api/v1/search?q=nong%20thon%20moi%20ooc"));
    }

    // --- What is searched, and type filters ---------------------------------------------------

    [Fact]
    public async Task Interview_answers_are_searched()
    {
        Assert.Equal([App.InterviewMatch], await TitlesAsync("/api/v1/search?q=nong%20thon%20moi"));
    }

    [Fact]
    public async Task Video_descriptions_are_searched()
    {
        Assert.Equal([App.VideoMatch], await TitlesAsync("/api/v1/search?q=ooc%20om%20boc"));
    }

    [Fact]
    public async Task A_type_filter_narrows_a_search()
    {
        Assert.Empty(await SearchAsync("/api/v1/search?q=ooc%20om%20boc&type=article"));
    }

    [Fact]
    public async Task A_types_own_list_searches_only_that_type()
    {
        Assert.Equal([App.VideoMatch], await TitlesAsync("/api/v1/videos?q=ooc%20om%20boc"));
        Assert.Empty(await SearchAsync("/api/v1/articles?q=ooc%20om%20boc"));
    }

    [Fact]
    public async Task The_mixed_list_searches_every_type()
    {
        Assert.Equal([App.InterviewMatch], await TitlesAsync("/api/v1/content?q=nong%20thon%20moi"));
    }

    // --- Snippets -----------------------------------------------------------------------------

    [Fact]
    public async Task Snippets_mark_the_matching_words_as_written()
    {
        var hit = (await SearchAsync("/api/v1/search?q=dang%20bo")).Single();

        Assert.Contains("<mark>Đảng</mark> <mark>bộ</mark>", hit.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Snippets_escape_the_text_around_the_marks()
    {
        var hit = (await SearchAsync("/api/v1/search?q=ooc%20om%20boc")).Single();

        Assert.Contains("&lt;b&gt;", hit.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_list_read_without_searching_has_no_snippets()
    {
        Assert.Null((await SearchAsync("/api/v1/content"))[0].Snippet); // not searching: no snippet
    }

    [Fact]
    public async Task Emoji_and_other_astral_characters_in_text_do_not_break_snippets()
    {
        var hit = (await SearchAsync("/api/v1/search?q=phao%20hoa")).Single();
        Assert.Contains("<mark>pháo</mark> <mark>hoa</mark>", hit.Snippet, StringComparison.Ordinal);
        Assert.Contains("🎆", hit.Snippet, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/search")]
    [InlineData("/api/v1/search?q=%21%21%21")] // no letters or digits
    [InlineData("/api/v1/articles?q={201 letters}")]
    public async Task A_search_needs_words(string url)
    {
        using var reader = app.Anonymous();
        var asked = url.Replace("{201 letters}", new string('a', 201), StringComparison.Ordinal);

        Assert.Contains("q", await (await reader.GetAsync(asked, Ct)).AssertValidationErrorsAsync());
    }

    private async Task<List<ItemBody>> SearchAsync(string url)
    {
        using var reader = app.Anonymous();
        return [.. (await reader.GetBodyAsync<PageBody<ItemBody>>(url)).Items];
    }

    private async Task<List<string>> TitlesAsync(string url) => [.. (await SearchAsync(url)).Select(i => i.Title)];

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
                await editor.PublishedAsync(route, body);
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
