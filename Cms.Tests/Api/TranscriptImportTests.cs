using System.Net.Http.Json;
using System.Text;
using Cms.Tests.Support;

namespace Cms.Tests.Api;

/// <summary>
/// Newsrooms receive interviews as word-processor text: "*" questions, answers led by
/// "Đồng chí Nguyễn Văn Quận:". Importing one makes a draft interview with the interviewee
/// and the exchanges filled in, never a public one.
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

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_plain_text_transcript_becomes_a_draft_interview()
    {
        using var editor = await app.EditorAsync();
        var response = await editor.PostAsJsonAsync("/api/v1/manage/interviews/import", new { transcript = SeedTranscript, author = "Lê Vũ" }, Ct);
        Assert.Equal(201, (int)response.StatusCode);
        var draft = await response.JsonAsync();
        Assert.Equal($"/api/v1/manage/interviews/{draft["id"]}", response.Headers.Location?.OriginalString);

        Assert.Equal("draft", (string?)draft["status"]);
        Assert.Equal("Năm 2024, Đảng bộ thành phố Sóc Trăng tập trung hoàn thiện các tiêu chí đô thị loại I", (string?)draft["title"]);
        Assert.StartsWith("Trong không khí rộn ràng đón Xuân Giáp Thìn 2024", (string?)draft["summary"], StringComparison.Ordinal);
        Assert.Equal("Lê Vũ", (string?)draft["author"]);
        Assert.Equal("Nguyễn Văn Quận", (string?)draft["interviewee"]!["name"]);
        Assert.Equal("Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Thành ủy Sóc Trăng", (string?)draft["interviewee"]!["position"]);
        var exchanges = draft["exchanges"]!.AsArray();
        Assert.Equal(2, exchanges.Count);
        Assert.StartsWith("Thưa đồng chí, nhìn lại năm 2023", (string?)exchanges[0]!["question"], StringComparison.Ordinal);
        Assert.Equal("Năm 2023, tình hình kinh tế - xã hội thành phố tiếp tục phát triển khá.\n\nThu nhập bình quân đầu người năm 2023 đạt 99,4 triệu đồng/người/năm.",
            (string?)exchanges[0]!["answer"]);
        Assert.Equal("Nguyễn Văn Quận", (string?)exchanges[1]!["speaker"]); // the interviewee answers every question
        Assert.Equal("Xin cảm ơn đồng chí!", (string?)draft["closing"]);

        // A draft: the public does not see it until an editor publishes it.
        using var reader = app.Anonymous();
        Assert.Equal(404, (int)(await reader.GetAsync($"/api/v1/interviews/{draft["slug"]}", Ct)).StatusCode);
    }

    [Fact]
    public async Task Pasted_html_with_list_item_questions_and_a_second_speaker_is_read_too()
    {
        using var editor = await app.EditorAsync();
        var html = "<p><strong>Chuyển đổi số ở Sóc Trăng</strong></p><p>Cuộc trao đổi về dịch vụ công &amp; chính quyền số.</p>"
            + "<ul><li>Tỉnh đã làm được gì trong năm qua?</li></ul>"
            + "<p>Ông Trần Văn Lâu:&nbsp;Hơn 80% hồ sơ được xử lý trực tuyến.</p><p>Người dân không phải đi lại nhiều.</p>"
            + "<ul><li>Doanh nghiệp thấy thế nào?</li></ul>"
            + "<p>Bà Lâm Thị Hoa: Thủ tục nhanh hơn hẳn.</p>";
        // Decomposed (NFD) text, as macOS and some word processors send it.
        var response = await editor.PostAsJsonAsync("/api/v1/manage/interviews/import",
            new { transcript = html.Normalize(NormalizationForm.FormD), format = "html" }, Ct);
        Assert.Equal(201, (int)response.StatusCode);
        var draft = await response.JsonAsync();

        Assert.Equal("Chuyển đổi số ở Sóc Trăng", (string?)draft["title"]);
        Assert.Equal("Cuộc trao đổi về dịch vụ công & chính quyền số.", (string?)draft["summary"]);
        Assert.Equal("Trần Văn Lâu", (string?)draft["interviewee"]!["name"]);
        var exchanges = draft["exchanges"]!.AsArray();
        Assert.Equal("Tỉnh đã làm được gì trong năm qua?", (string?)exchanges[0]!["question"]);
        Assert.Equal("Hơn 80% hồ sơ được xử lý trực tuyến.\n\nNgười dân không phải đi lại nhiều.", (string?)exchanges[0]!["answer"]);
        Assert.Equal("Trần Văn Lâu", (string?)exchanges[0]!["speaker"]);
        Assert.Equal("Lâm Thị Hoa", (string?)exchanges[1]!["speaker"]);
        Assert.Equal("Thủ tục nhanh hơn hẳn.", (string?)exchanges[1]!["answer"]);
        Assert.Null(draft["closing"]);
    }

    [Fact]
    public async Task A_transcript_without_questions_is_refused_and_creates_nothing()
    {
        using var editor = await app.EditorAsync();
        var before = await app.DbAsync(db => Task.FromResult(db.Interviews.Count()));

        var response = await editor.PostAsJsonAsync("/api/v1/manage/interviews/import",
            new { transcript = "Một bài viết thường\n\nKhông có câu hỏi nào, cũng không có ai trả lời." }, Ct);
        var errors = await response.AssertValidationErrorsAsync();
        Assert.Contains("exchanges", errors);
        Assert.Contains("interviewee.name", errors);

        await (await editor.PostAsJsonAsync("/api/v1/manage/interviews/import", new { transcript = "" }, Ct)).AssertProblemAsync(400);
        await (await editor.PostAsJsonAsync("/api/v1/manage/interviews/import", new { transcript = SeedTranscript, format = "docx" }, Ct)).AssertProblemAsync(400);
        Assert.Equal(before, await app.DbAsync(db => Task.FromResult(db.Interviews.Count())));
    }

    [Fact]
    public async Task Only_signed_in_staff_may_import()
    {
        using var anonymous = app.Anonymous();
        var response = await anonymous.PostAsJsonAsync("/api/v1/manage/interviews/import", new { transcript = SeedTranscript }, Ct);
        await response.AssertProblemAsync(401);
    }
}
