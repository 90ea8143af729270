using System.Net.Http.Json;
using Cms.Domain.Interviews;
using Cms.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Cms.Tests.Api;

/// <summary>
/// Interviews are served as structure (the interviewee, then each question with its answer and
/// who gave it) for apps to render natively; an interview needs someone interviewed and at least
/// one complete exchange, and has the whole workflow of any item. One behaviour per test.
/// </summary>
public sealed class InterviewTests(CmsApp app) : IClassFixture<CmsApp>
{
    private const string Interviews = "/api/v1/manage/interviews";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // --- Served as structure ------------------------------------------------------------------

    [Fact]
    public async Task A_published_interview_is_served_with_its_interviewee()
    {
        var item = await PublishedAsync("Phỏng vấn có người trả lời");

        Assert.Equal("interview", item.Type);
        Assert.Equal("Nguyễn Văn Quận", item.Interviewee.Name);
        Assert.Equal("Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Thành ủy Sóc Trăng", item.Interviewee.Position);
        Assert.Equal("Đồng chí Nguyễn Văn Quận", item.Interviewee.Portrait?.Caption);
    }

    [Fact]
    public async Task A_published_interview_is_served_with_its_questions_and_answers_in_order()
    {
        var item = await PublishedAsync("Phỏng vấn có câu hỏi");

        Assert.Equal(2, item.Exchanges.Count);
        Assert.Equal("Xin đồng chí cho biết kết quả nổi bật năm 2023?", item.Exchanges[0].Question);
        Assert.Equal("Năm 2023, kinh tế phát triển khá.\n\nCó 17 chỉ tiêu đạt và vượt.", item.Exchanges[0].Answer);
        var stored = await app.DbAsync(db => db.Interviews.SingleAsync(i => i.Id == item.Id, Ct));
        Assert.Equal(["Xin đồng chí cho biết kết quả nổi bật năm 2023?", "Mục tiêu năm 2024 là gì?"], stored.Exchanges.Select(e => e.Question));
    }

    [Fact]
    public async Task The_interviewee_answers_unless_an_exchange_names_another_speaker()
    {
        var item = await PublishedAsync("Phỏng vấn hai người trả lời");

        Assert.Equal(["Nguyễn Văn Quận", "Trần Văn B"], item.Exchanges.Select(e => e.Speaker));
    }

    [Fact]
    public async Task A_published_interview_is_served_with_its_closing_line()
    {
        var item = await PublishedAsync("Phỏng vấn có lời cảm ơn");

        Assert.Equal("Xin cảm ơn đồng chí!", item.Closing);
    }

    [Fact]
    public async Task Exchanges_keep_their_order_through_an_update()
    {
        using var editor = await app.EditorAsync();
        var created = await editor.PostBodyAsync<InterviewBody>(Interviews, Samples.Interview("Thứ tự câu hỏi"));
        var update = Samples.Interview("Thứ tự câu hỏi");
        update["exchanges"] = Enumerable.Range(1, 5).Select(i => new { question = $"Câu hỏi {i}?", answer = $"Trả lời {i}." }).ToArray();

        var response = await editor.PutRawAsync($"{Interviews}/{created.Id}", update, $"\"{created.Version}\"");

        var updated = await response.BodyAsync<InterviewBody>();
        Assert.Equal(Enumerable.Range(1, 5).Select(i => $"Câu hỏi {i}?"), updated.Exchanges.Select(e => e.Question));
    }

    // --- Refused ------------------------------------------------------------------------------

    [Fact]
    public async Task An_interview_without_exchanges_is_refused()
    {
        using var editor = await app.EditorAsync();
        var none = Samples.Interview("Không có câu hỏi");
        none["exchanges"] = Array.Empty<object>();
        var before = await CountAsync();

        var keys = await (await editor.PostAsJsonAsync(Interviews, none, Ct)).AssertValidationErrorsAsync();

        Assert.Contains("exchanges", keys);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task An_interview_missing_its_interviewee_and_exchanges_is_refused_naming_both()
    {
        using var editor = await app.EditorAsync();
        var missing = Samples.Interview("Thiếu trường");
        missing.Remove("exchanges");
        missing.Remove("interviewee");
        var before = await CountAsync();

        var keys = await (await editor.PostAsJsonAsync(Interviews, missing, Ct)).AssertValidationErrorsAsync();

        Assert.Contains("exchanges", keys);
        Assert.Contains("interviewee", keys);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task Empty_answers_questions_and_names_and_a_bad_portrait_url_are_refused_field_by_field()
    {
        using var editor = await app.EditorAsync();
        var incomplete = Samples.Interview("Câu trả lời trống");
        incomplete["exchanges"] = new object[] { new { question = "Hỏi?", answer = "" }, new { question = "", answer = "Đáp." } };
        incomplete["interviewee"] = new { name = "", portrait = new { url = "not a url" } };
        var before = await CountAsync();

        var keys = await (await editor.PostAsJsonAsync(Interviews, incomplete, Ct)).AssertValidationErrorsAsync();

        Assert.Contains("exchanges[0].answer", keys);
        Assert.Contains("exchanges[1].question", keys);
        Assert.Contains("interviewee.name", keys);
        Assert.Contains("interviewee.portrait.url", keys);
        Assert.Equal(before, await CountAsync());
    }

    // --- The workflow -------------------------------------------------------------------------

    [Fact]
    public async Task A_draft_interview_can_be_scheduled()
    {
        using var editor = await app.EditorAsync();
        var id = await DraftAsync(editor, "Phỏng vấn hẹn giờ");

        var scheduled = await editor.PostBodyAsync<ItemBody>($"{Interviews}/{id}/schedule", new { publishAt = app.Clock.GetUtcNow().AddDays(2) });

        Assert.Equal("scheduled", scheduled.Status);
    }

    [Fact]
    public async Task A_scheduled_interview_can_be_unpublished()
    {
        using var editor = await app.EditorAsync();
        var id = await ScheduledAsync(editor, "Phỏng vấn thôi hẹn giờ");

        var unpublished = await editor.PostBodyAsync<ItemBody>($"{Interviews}/{id}/unpublish", new { });

        Assert.Equal("unpublished", unpublished.Status);
    }

    [Fact]
    public async Task An_unpublished_interview_can_be_published()
    {
        using var editor = await app.EditorAsync();
        var id = await ScheduledAsync(editor, "Phỏng vấn đăng lại");
        await editor.PostJsonAsync($"{Interviews}/{id}/unpublish", new { });

        var published = await editor.PostBodyAsync<ItemBody>($"{Interviews}/{id}/publish", new { });

        Assert.Equal("published", published.Status);
    }

    [Fact]
    public async Task A_published_interview_can_be_deleted()
    {
        using var editor = await app.EditorAsync();
        var id = (await editor.PublishedAsync("interviews", Samples.Interview("Phỏng vấn bị xoá"))).As<ItemBody>().Id;

        var delete = await editor.SendAsync(HttpExtensions.Request(HttpMethod.Delete, $"{Interviews}/{id}", null, "*"), Ct);

        Assert.Equal(204, (int)delete.StatusCode);
        Assert.False(await app.DbAsync(db => db.Set<Interview>().AnyAsync(i => i.Id == id, Ct)));
    }

    /// <summary>The sample interview under this title, published, as the public reads it.</summary>
    private async Task<InterviewBody> PublishedAsync(string title)
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var published = (await editor.PublishedAsync("interviews", Samples.Interview(title))).As<ItemBody>();
        return await reader.GetBodyAsync<InterviewBody>($"/api/v1/interviews/{published.Slug}");
    }

    private static async Task<long> DraftAsync(HttpClient editor, string title) =>
        (await editor.PostBodyAsync<ItemBody>(Interviews, Samples.Interview(title))).Id;

    private async Task<long> ScheduledAsync(HttpClient editor, string title)
    {
        var id = await DraftAsync(editor, title);
        await editor.PostJsonAsync($"{Interviews}/{id}/schedule", new { publishAt = app.Clock.GetUtcNow().AddDays(2) });
        return id;
    }

    private Task<int> CountAsync() => app.DbAsync(db => db.Interviews.CountAsync(Ct));
}
