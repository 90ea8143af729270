using System.Net.Http.Json;
using System.Text;
using Cms.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Cms.Tests.Api;

/// <summary>
/// Newsrooms receive interviews as word-processor text: "*" questions, answers led by
/// "Đồng chí Nguyễn Văn Quận:". Importing one makes a draft interview with the interviewee
/// and the exchanges filled in, never a public one. One behaviour per test.
/// </summary>
public sealed class TranscriptImportTests(CmsApp app) : IClassFixture<CmsApp>
{
    // The seed page's interview, shortened: title, lead, photo caption, questions, answers, closing.
    private const string SeedTranscript = """
        Năm 2024, Đảng bộ thành phố Sóc Trăng tập trung hoàn thiện các tiêu chí đô thị loại I

        Trong không khí rộn ràng đón Xuân Giáp Thìn 2024, cộng tác viên có cuộc trao đổi với đồng chí Nguyễn Văn Quận.

        Đồng chí Nguyễn Văn Quận - Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Thành ủy Sóc Trăng

            * Thưa đồng chí, nhìn lại năm 2023, các chỉ tiêu phát triển kinh tế - xã hội của thành phố ra sao?

            Đồng chí Nguyễn Văn Quận: Năm 2023, tình hình kinh tế - xã hội thành phố tiếp tục phát triển khá.

            Thu nhập bình quân đầu người năm 2023 đạt 99,4 triệu đồng/người/năm.

            * Vậy những mục tiêu của năm 2024 là gì?

            Đồng chí Nguyễn Văn Quận: Mục tiêu lớn nhất trong năm 2024 là thực hiện thắng lợi 3 nhiệm vụ trọng tâm, 2 đột phá.

            * Xin cảm ơn đồng chí!
        """;

    // Pasted from a web page: list items are questions, a second person answers the second one.
    private const string PastedHtml = "<p><strong>Chuyển đổi số ở Sóc Trăng</strong></p><p>Cuộc trao đổi về dịch vụ công &amp; chính quyền số.</p>"
        + "<ul><li>Tỉnh đã làm được gì trong năm qua?</li></ul>"
        + "<p>Ông Trần Văn Lâu:&nbsp;Hơn 80% hồ sơ được xử lý trực tuyến.</p><p>Người dân không phải đi lại nhiều.</p>"
        + "<ul><li>Doanh nghiệp thấy thế nào?</li></ul>"
        + "<p>Bà Lâm Thị Hoa: Thủ tục nhanh hơn hẳn.</p>";

    private const string Import = "/api/v1/manage/interviews/import";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // --- Plain text ---------------------------------------------------------------------------

    [Fact]
    public async Task Importing_a_transcript_answers_201_with_a_draft_at_its_address()
    {
        using var editor = await app.EditorAsync();

        var response = await editor.PostAsJsonAsync(Import, new { transcript = SeedTranscript, author = "Lê Vũ" }, Ct);

        Assert.Equal(201, (int)response.StatusCode);
        var draft = await response.BodyAsync<InterviewBody>();
        Assert.Equal($"/api/v1/manage/interviews/{draft.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal("draft", draft.Status);
    }

    [Fact]
    public async Task The_first_line_is_the_title_the_next_paragraph_the_lead_and_the_byline_is_as_given()
    {
        var draft = await ImportedAsync(SeedTranscript);

        Assert.Equal("Năm 2024, Đảng bộ thành phố Sóc Trăng tập trung hoàn thiện các tiêu chí đô thị loại I", draft.Title);
        Assert.StartsWith("Trong không khí rộn ràng đón Xuân Giáp Thìn 2024", draft.Summary, StringComparison.Ordinal);
        Assert.Equal("Lê Vũ", draft.Author);
    }

    [Fact]
    public async Task The_photo_caption_line_names_the_interviewee_and_their_position()
    {
        var draft = await ImportedAsync(SeedTranscript);

        Assert.Equal("Nguyễn Văn Quận", draft.Interviewee.Name);
        Assert.Equal("Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Thành ủy Sóc Trăng", draft.Interviewee.Position);
    }

    [Fact]
    public async Task Each_starred_line_is_a_question_answered_by_the_paragraphs_after_it()
    {
        var draft = await ImportedAsync(SeedTranscript);

        Assert.Equal(2, draft.Exchanges.Count);
        Assert.StartsWith("Thưa đồng chí, nhìn lại năm 2023", draft.Exchanges[0].Question, StringComparison.Ordinal);
        Assert.Equal("Năm 2023, tình hình kinh tế - xã hội thành phố tiếp tục phát triển khá.\n\nThu nhập bình quân đầu người năm 2023 đạt 99,4 triệu đồng/người/năm.",
            draft.Exchanges[0].Answer);
    }

    [Fact]
    public async Task The_interviewee_answers_every_question_of_a_plain_text_transcript()
    {
        var draft = await ImportedAsync(SeedTranscript);

        Assert.Equal("Nguyễn Văn Quận", draft.Exchanges[1].Speaker);
    }

    [Fact]
    public async Task A_last_starred_line_without_an_answer_is_the_closing()
    {
        var draft = await ImportedAsync(SeedTranscript);

        Assert.Equal("Xin cảm ơn đồng chí!", draft.Closing);
    }

    [Fact]
    public async Task An_imported_interview_is_not_public_until_an_editor_publishes_it()
    {
        var draft = await ImportedAsync(SeedTranscript);
        using var reader = app.Anonymous();

        Assert.Equal(404, (int)(await reader.GetAsync($"/api/v1/interviews/{draft.Slug}", Ct)).StatusCode);
    }

    // --- Pasted HTML --------------------------------------------------------------------------

    [Fact]
    public async Task Pasted_html_is_read_for_the_title_and_the_lead_with_entities_decoded()
    {
        var draft = await ImportedHtmlAsync();

        Assert.Equal("Chuyển đổi số ở Sóc Trăng", draft.Title);
        Assert.Equal("Cuộc trao đổi về dịch vụ công & chính quyền số.", draft.Summary);
    }

    [Fact]
    public async Task In_pasted_html_list_items_are_questions_and_the_paragraphs_after_them_answers()
    {
        var draft = await ImportedHtmlAsync();

        Assert.Equal("Tỉnh đã làm được gì trong năm qua?", draft.Exchanges[0].Question);
        Assert.Equal("Hơn 80% hồ sơ được xử lý trực tuyến.\n\nNgười dân không phải đi lại nhiều.", draft.Exchanges[0].Answer);
        Assert.Equal("Thủ tục nhanh hơn hẳn.", draft.Exchanges[1].Answer);
    }

    [Fact]
    public async Task The_first_speaker_is_the_interviewee_and_a_second_speaker_answers_in_their_own_name()
    {
        var draft = await ImportedHtmlAsync();

        Assert.Equal("Trần Văn Lâu", draft.Interviewee.Name);
        Assert.Equal(["Trần Văn Lâu", "Lâm Thị Hoa"], draft.Exchanges.Select(e => e.Speaker));
    }

    [Fact]
    public async Task A_transcript_ending_on_an_answer_has_no_closing()
    {
        var draft = await ImportedHtmlAsync();

        Assert.Null(draft.Closing);
    }

    // --- Refused ------------------------------------------------------------------------------

    [Fact]
    public async Task A_transcript_without_questions_is_refused_and_creates_nothing()
    {
        using var editor = await app.EditorAsync();
        var before = await CountAsync();

        var response = await editor.PostAsJsonAsync(Import,
            new { transcript = "Một bài viết thường\n\nKhông có câu hỏi nào, cũng không có ai trả lời." }, Ct);

        var errors = await response.AssertValidationErrorsAsync();
        Assert.Contains("exchanges", errors);
        Assert.Contains("interviewee.name", errors);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task An_empty_transcript_is_a_400_and_creates_nothing()
    {
        using var editor = await app.EditorAsync();
        var before = await CountAsync();

        await (await editor.PostAsJsonAsync(Import, new { transcript = "" }, Ct)).AssertProblemAsync(400);

        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task A_format_other_than_text_or_html_is_a_400_and_creates_nothing()
    {
        using var editor = await app.EditorAsync();
        var before = await CountAsync();

        await (await editor.PostAsJsonAsync(Import, new { transcript = SeedTranscript, format = "docx" }, Ct)).AssertProblemAsync(400);

        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Only_signed_in_staff_may_import()
    {
        using var anonymous = app.Anonymous();
        var response = await anonymous.PostAsJsonAsync(Import, new { transcript = SeedTranscript }, Ct);
        await response.AssertProblemAsync(401);
    }

    private async Task<InterviewBody> ImportedAsync(string transcript)
    {
        using var editor = await app.EditorAsync();
        return await editor.PostBodyAsync<InterviewBody>(Import, new { transcript, author = "Lê Vũ" });
    }

    /// <summary>PastedHtml imported in decomposed (NFD) text, as macOS and some word processors send it.</summary>
    private async Task<InterviewBody> ImportedHtmlAsync()
    {
        using var editor = await app.EditorAsync();
        var response = await editor.PostAsJsonAsync(Import, new { transcript = PastedHtml.Normalize(NormalizationForm.FormD), format = "html" }, Ct);
        Assert.Equal(201, (int)response.StatusCode);
        return await response.BodyAsync<InterviewBody>();
    }

    private Task<int> CountAsync() => app.DbAsync(db => db.Interviews.CountAsync(Ct));
}
