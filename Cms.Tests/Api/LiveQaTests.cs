using System.Net.Http.Json;
using Cms.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Cms.Tests.Api;

/// <summary>
/// Live online Q&amp;A on an interview, through HTTP on PostgreSQL: readers send questions only
/// while the session is open, nobody sees one until an editor answers it, moderation (edit,
/// approve, reject, merge), an answer becomes the interview's next exchange with the reader as
/// its asker, readers' streams hear it at once (through another API process too), and the
/// questions are deleted after the retention while the published exchanges stay.
/// </summary>
public sealed class LiveQaTests(LiveQaTests.App app) : IClassFixture<LiveQaTests.App>
{
    /// <summary>The API keeping questions an hour after their session (Cms:LiveQa:Retention), so the clock need move only a little.</summary>
    public sealed class App : CmsApp
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Cms:LiveQa:Retention"] = "01:00:00" };
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly TimeSpan Delivery = TimeSpan.FromSeconds(2);

    private static object Question(string text = "Khi nào thành phố đạt đô thị loại I?", string name = "Nguyễn Văn An", string? place = "Sóc Trăng") =>
        new { name, place, text };

    private async Task<InterviewBody> PublishedInterviewAsync(HttpClient editor, string title) =>
        (await editor.PublishedAsync("interviews", Samples.Interview($"{title} {Guid.NewGuid():N}"[..(title.Length + 9)]))).As<InterviewBody>();

    private async Task OpenSessionAsync(HttpClient editor, long id, TimeSpan? opensIn = null, TimeSpan? closesIn = null)
    {
        var now = app.Clock.GetUtcNow();
        var response = await editor.PutAsJsonAsync($"/api/v1/manage/interviews/{id}/live",
            new { opensAt = now + (opensIn ?? TimeSpan.FromMinutes(-5)), closesAt = now + (closesIn ?? TimeSpan.FromHours(2)) }, Ct);
        Assert.Equal(200, (int)response.StatusCode);
    }

    private async Task<long> AskAsync(HttpClient reader, InterviewBody interview, object? question = null)
    {
        var response = await reader.PostAsJsonAsync($"/api/v1/interviews/{interview.Slug}/questions", question ?? Question(), Ct);
        Assert.True(202 == (int)response.StatusCode, await response.Content.ReadAsStringAsync(Ct));
        return (await response.BodyAsync<QuestionAcceptedBody>()).Id;
    }

    private static async Task<List<LiveQuestionBody>> QueueAsync(HttpClient editor, long id, string? state = null) =>
        await editor.GetBodyAsync<List<LiveQuestionBody>>($"/api/v1/manage/interviews/{id}/questions{(state is null ? "" : $"?state={state}")}");

    private static Task<HttpResponseMessage> AnswerAsync(HttpClient editor, long id, long questionId, string answer = "Dự kiến cuối năm 2025.") =>
        editor.PostAsJsonAsync($"/api/v1/manage/interviews/{id}/questions/{questionId}/answer", new { answer }, Ct);

    [Fact]
    public async Task An_interviews_old_slug_still_reaches_its_session_and_takes_questions()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var interview = await PublishedInterviewAsync(editor, "Giao lưu đổi địa chỉ");
        await OpenSessionAsync(editor, interview.Id);
        var current = await editor.GetAsync($"/api/v1/manage/interviews/{interview.Id}", Ct);
        var request = Samples.Interview((await current.BodyAsync<InterviewBody>()).Title);
        request["slug"] = $"giao-luu-dia-chi-moi-{interview.Id}";
        Assert.Equal(200, (int)(await editor.PutRawAsync($"/api/v1/manage/interviews/{interview.Id}", request, current.Headers.ETag!.Tag)).StatusCode);

        var status = await reader.GetBodyAsync<LiveStatusBody>($"/api/v1/interviews/{interview.Slug}/live");
        await AskAsync(reader, interview); // by the old slug

        Assert.Equal((interview.Id, $"giao-luu-dia-chi-moi-{interview.Id}", "open"), (status.InterviewId, status.Slug, status.State));
        Assert.Single(await QueueAsync(editor, interview.Id));
    }

    [Fact]
    public async Task A_question_sent_while_the_session_is_open_is_queued_with_its_address_and_shown_to_nobody()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        reader.DefaultRequestHeaders.UserAgent.ParseAdd("LiveQaTest/1.0");
        var interview = await PublishedInterviewAsync(editor, "Giao lưu mở");
        await OpenSessionAsync(editor, interview.Id);

        var id = await AskAsync(reader, interview);

        var queued = Assert.Single(await QueueAsync(editor, interview.Id));
        Assert.Equal((id, "pending", "Nguyễn Văn An", "Sóc Trăng"), (queued.Id, queued.State, queued.Name, queued.Place));
        Assert.Equal("LiveQaTest/1.0", queued.UserAgent);
        var publicItem = await reader.GetStringAsync($"/api/v1/interviews/{interview.Slug}", Ct);
        Assert.DoesNotContain("Khi nào thành phố đạt đô thị loại I?", publicItem, StringComparison.Ordinal);
        var live = await reader.GetBodyAsync<LiveStatusBody>($"/api/v1/interviews/{interview.Slug}/live");
        Assert.Equal(("open", interview.Exchanges.Count), (live.State, live.ExchangeCount));
    }

    [Fact]
    public async Task Questions_before_the_session_opens_and_after_it_closes_are_409s_that_say_which_and_store_nothing()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var interview = await PublishedInterviewAsync(editor, "Giao lưu ngoài giờ");
        var url = $"/api/v1/interviews/{interview.Slug}/questions";

        var none = await reader.PostAsJsonAsync(url, Question(), Ct);
        await OpenSessionAsync(editor, interview.Id, opensIn: TimeSpan.FromHours(1), closesIn: TimeSpan.FromHours(2));
        var early = await reader.PostAsJsonAsync(url, Question(), Ct);
        await OpenSessionAsync(editor, interview.Id, opensIn: TimeSpan.FromHours(-2), closesIn: TimeSpan.FromMinutes(-1));
        var late = await reader.PostAsJsonAsync(url, Question(), Ct);

        Assert.Contains("no live session", (await none.AssertProblemAsync(409)).Detail, StringComparison.Ordinal);
        Assert.Contains("not opened yet", (await early.AssertProblemAsync(409)).Detail, StringComparison.Ordinal);
        Assert.Contains("closed", (await late.AssertProblemAsync(409)).Detail, StringComparison.Ordinal);
        Assert.Empty(await QueueAsync(editor, interview.Id));
        Assert.Equal("closed", (await reader.GetBodyAsync<LiveStatusBody>($"/api/v1/interviews/{interview.Slug}/live")).State);
    }

    [Fact]
    public async Task A_draft_interview_has_no_public_session_and_takes_no_questions()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var draft = await editor.PostBodyAsync<InterviewBody>("/api/v1/manage/interviews", Samples.Interview($"Giao lưu nháp {Guid.NewGuid():N}"[..40]));
        await OpenSessionAsync(editor, draft.Id);

        await (await reader.GetAsync($"/api/v1/interviews/{draft.Id}/live", Ct)).AssertProblemAsync(404);
        await (await reader.PostAsJsonAsync($"/api/v1/interviews/{draft.Id}/questions", Question(), Ct)).AssertProblemAsync(404);
        await (await reader.GetAsync($"/api/v1/interviews/{draft.Id}/live/events", Ct)).AssertProblemAsync(404);
        Assert.Equal("open", (await editor.GetBodyAsync<LiveStatusBody>($"/api/v1/manage/interviews/{draft.Id}/live")).State);
    }

    [Fact]
    public async Task Answering_appends_an_exchange_with_the_readers_name_and_place_that_the_public_interview_shows()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var interview = await PublishedInterviewAsync(editor, "Giao lưu trả lời");
        await OpenSessionAsync(editor, interview.Id);
        var id = await AskAsync(reader, interview, Question("khi nao thanh pho dat do thi loai 1"));
        var revisionsBefore = (await editor.GetBodyAsync<PageBody<RevisionIdBody>>($"/api/v1/manage/interviews/{interview.Id}/revisions")).TotalItems;

        var edited = await editor.PatchAsJsonAsync($"/api/v1/manage/interviews/{interview.Id}/questions/{id}",
            new { text = "Khi nào thành phố đạt đô thị loại I?", state = "approved" }, Ct);
        var answered = await AnswerAsync(editor, interview.Id, id);

        Assert.Equal(200, (int)edited.StatusCode);
        Assert.Equal(200, (int)answered.StatusCode);
        Assert.NotNull(answered.Headers.ETag);
        var published = await reader.GetBodyAsync<InterviewBody>($"/api/v1/interviews/{interview.Slug}");
        Assert.Equal(interview.Exchanges.Count + 1, published.Exchanges.Count);
        var last = published.Exchanges[^1];
        Assert.Equal(("Khi nào thành phố đạt đô thị loại I?", "Dự kiến cuối năm 2025.", "Nguyễn Văn An (Sóc Trăng)", "Nguyễn Văn Quận"),
            (last.Question, last.Answer, last.Asker, last.Speaker));
        Assert.Equal("answered", Assert.Single(await QueueAsync(editor, interview.Id)).State);
        var history = await editor.GetBodyAsync<PageBody<RevisionBody>>($"/api/v1/manage/interviews/{interview.Id}/revisions");
        Assert.Equal((revisionsBefore + 1, "answered"), (history.TotalItems, history.Items[0].Action));
        Assert.Equal(interview.Exchanges.Count + 1, (await reader.GetBodyAsync<LiveStatusBody>($"/api/v1/interviews/{interview.Slug}/live")).ExchangeCount);
    }

    [Fact]
    public async Task An_editors_later_edit_of_the_interview_keeps_the_readers_name_as_the_asker()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var interview = await PublishedInterviewAsync(editor, "Giao lưu sửa sau");
        await OpenSessionAsync(editor, interview.Id);
        await AnswerAsync(editor, interview.Id, await AskAsync(reader, interview));
        var current = await editor.GetAsync($"/api/v1/manage/interviews/{interview.Id}", Ct);
        var body = (await current.JsonAsync()).AsObject();
        var request = Samples.Interview(interview.Title);
        request["exchanges"] = body["exchanges"]!.AsArray().Select(e => new
        {
            question = (string)e!["question"]!, answer = (string)e["answer"]! + " (đã sửa)", asker = (string?)e["asker"],
        }).ToArray();

        var saved = await editor.PutRawAsync($"/api/v1/manage/interviews/{interview.Id}", request, current.Headers.ETag!.Tag);

        Assert.Equal(200, (int)saved.StatusCode);
        var last = (await reader.GetBodyAsync<InterviewBody>($"/api/v1/interviews/{interview.Slug}")).Exchanges[^1];
        Assert.Equal(("Nguyễn Văn An (Sóc Trăng)", "Dự kiến cuối năm 2025. (đã sửa)"), (last.Asker, last.Answer));
    }

    [Fact]
    public async Task A_stale_if_match_on_an_answer_is_a_412_and_the_question_stays_unanswered()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var interview = await PublishedInterviewAsync(editor, "Giao lưu phiên cũ");
        await OpenSessionAsync(editor, interview.Id);
        var id = await AskAsync(reader, interview);

        using var request = HttpExtensions.Request(HttpMethod.Post, $"/api/v1/manage/interviews/{interview.Id}/questions/{id}/answer", """{"answer":"Trả lời."}""", "\"1\"");
        await (await editor.SendAsync(request, Ct)).AssertProblemAsync(412);

        Assert.Equal("pending", Assert.Single(await QueueAsync(editor, interview.Id)).State);
    }

    [Fact]
    public async Task Rejected_and_merged_questions_cannot_be_answered_and_a_merge_names_the_question_kept()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var interview = await PublishedInterviewAsync(editor, "Giao lưu kiểm duyệt");
        await OpenSessionAsync(editor, interview.Id);
        var kept = await AskAsync(reader, interview, Question("Thành phố có kế hoạch chống ngập không?"));
        var duplicate = await AskAsync(reader, interview, Question("Chống ngập thế nào?", "Trần Thị Bình", null));
        var rude = await AskAsync(reader, interview, Question("Câu hỏi không phù hợp", "Ẩn danh", null));
        var url = $"/api/v1/manage/interviews/{interview.Id}/questions";

        var merged = await (await editor.PatchAsJsonAsync($"{url}/{duplicate}", new { mergeInto = kept }, Ct)).BodyAsync<LiveQuestionBody>();
        var rejected = await (await editor.PatchAsJsonAsync($"{url}/{rude}", new { state = "rejected" }, Ct)).BodyAsync<LiveQuestionBody>();
        var intoRejected = await editor.PatchAsJsonAsync($"{url}/{kept}", new { mergeInto = rude }, Ct);

        Assert.Equal(("merged", (long?)kept), (merged.State, merged.MergedIntoId));
        Assert.Equal("rejected", rejected.State);
        await intoRejected.AssertProblemAsync(409);
        await (await AnswerAsync(editor, interview.Id, duplicate)).AssertProblemAsync(409);
        await (await AnswerAsync(editor, interview.Id, rude)).AssertProblemAsync(409);
        Assert.Equal([kept], (await QueueAsync(editor, interview.Id, "pending")).Select(q => q.Id));
        Assert.Equal(interview.Exchanges.Count, (await reader.GetBodyAsync<InterviewBody>($"/api/v1/interviews/{interview.Slug}")).Exchanges.Count);
    }

    [Fact]
    public async Task An_answered_question_is_corrected_in_the_interview_not_in_the_queue()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var interview = await PublishedInterviewAsync(editor, "Giao lưu đã trả lời");
        await OpenSessionAsync(editor, interview.Id);
        var id = await AskAsync(reader, interview);
        await AnswerAsync(editor, interview.Id, id);

        var edit = await editor.PatchAsJsonAsync($"/api/v1/manage/interviews/{interview.Id}/questions/{id}", new { text = "Sửa lại" }, Ct);
        var again = await AnswerAsync(editor, interview.Id, id);

        await edit.AssertProblemAsync(409);
        await again.AssertProblemAsync(409);
        Assert.Equal(interview.Exchanges.Count + 1, (await reader.GetBodyAsync<InterviewBody>($"/api/v1/interviews/{interview.Slug}")).Exchanges.Count);
    }

    [Fact]
    public async Task Html_in_a_question_is_kept_as_plain_text_and_decomposed_text_is_stored_composed()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var interview = await PublishedInterviewAsync(editor, "Giao lưu văn bản");
        await OpenSessionAsync(editor, interview.Id);
        var html = "<script>alert(1)</script><b>Sóc Trăng</b>?";

        await AskAsync(reader, interview, Question(html, "Lê Vũ".Normalize(System.Text.NormalizationForm.FormD)));

        var queued = Assert.Single(await QueueAsync(editor, interview.Id));
        Assert.Equal((html, "Lê Vũ"), (queued.Text, queued.Name));
    }

    [Theory]
    [InlineData("name", 101)]
    [InlineData("place", 101)]
    [InlineData("text", 2001)]
    [InlineData("name", 0)]
    [InlineData("text", 0)]
    public async Task A_question_field_of_the_wrong_length_is_a_400_naming_it_and_stores_nothing(string field, int length)
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var interview = await PublishedInterviewAsync(editor, "Giao lưu giới hạn");
        await OpenSessionAsync(editor, interview.Id);
        var body = new Dictionary<string, string> { ["name"] = "An", ["place"] = "Sóc Trăng", ["text"] = "Hỏi?" };
        body[field] = new string('ấ', length);

        var response = await reader.PostAsJsonAsync($"/api/v1/interviews/{interview.Slug}/questions", body, Ct);

        Assert.Contains(field, await response.AssertValidationErrorsAsync());
        Assert.Empty(await QueueAsync(editor, interview.Id));
    }

    [Fact]
    public async Task A_nul_in_a_question_is_a_400_naming_the_field()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var interview = await PublishedInterviewAsync(editor, "Giao lưu NUL");
        await OpenSessionAsync(editor, interview.Id);

        var response = await reader.PostRawAsync($"/api/v1/interviews/{interview.Slug}/questions", """{"name":"An","text":"Hỏi\u0000?"}""");

        Assert.Contains("text", await response.AssertValidationErrorsAsync());
        Assert.Empty(await QueueAsync(editor, interview.Id));
    }

    [Fact]
    public async Task A_reader_connected_to_the_stream_receives_a_new_answer_within_two_seconds()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var interview = await PublishedInterviewAsync(editor, "Giao lưu trực tiếp");
        await OpenSessionAsync(editor, interview.Id);
        var id = await AskAsync(reader, interview);
        using var events = await LiveEvents.OpenAsync(reader, $"/api/v1/interviews/{interview.Slug}/live/events", Ct);
        Assert.Equal("text/event-stream", events.Response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no", Assert.Single(events.Response.Headers.GetValues("X-Accel-Buffering"))); // a proxy passes each event on at once
        var first = await events.NextOfAsync<LiveStatusBody>("live", TimeSpan.FromSeconds(5));

        await AnswerAsync(editor, interview.Id, id);

        var exchange = await events.NextOfAsync<LiveExchangeBody>("exchange", Delivery);
        Assert.Equal((first.ExchangeCount, "Khi nào thành phố đạt đô thị loại I?", "Nguyễn Văn An (Sóc Trăng)"),
            (exchange.Index, exchange.Exchange.Question, exchange.Exchange.Asker));
        Assert.Equal(first.ExchangeCount + 1, (await events.NextOfAsync<LiveStatusBody>("live", Delivery)).ExchangeCount);
    }

    [Fact]
    public async Task An_answer_published_through_one_api_process_reaches_readers_of_another_within_two_seconds()
    {
        await using var other = CmsApp.SharingDatabaseWith(app);
        await other.InitializeAsync();
        var now = new[] { app.Clock.GetUtcNow(), other.Clock.GetUtcNow() }.Max();
        app.Clock.SetUtcNow(now);
        other.Clock.SetUtcNow(now);
        using var editor = await app.EditorAsync();
        using var readerOnB = other.Anonymous();
        var interview = await PublishedInterviewAsync(editor, "Giao lưu hai tiến trình");
        await OpenSessionAsync(editor, interview.Id);
        var id = await AskAsync(readerOnB, interview);
        using var events = await LiveEvents.OpenAsync(readerOnB, $"/api/v1/interviews/{interview.Id}/live/events", Ct);
        await events.NextOfAsync<LiveStatusBody>("live", TimeSpan.FromSeconds(5));

        await AnswerAsync(editor, interview.Id, id);

        Assert.Equal("Dự kiến cuối năm 2025.", (await events.NextOfAsync<LiveExchangeBody>("exchange", Delivery)).Exchange.Answer);
    }

    [Fact]
    public async Task The_retention_sweep_deletes_questions_and_addresses_of_old_sessions_and_keeps_the_published_exchanges()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var interview = await PublishedInterviewAsync(editor, "Giao lưu đã lâu");
        await OpenSessionAsync(editor, interview.Id);
        var answered = await AskAsync(reader, interview);
        await AskAsync(reader, interview, Question("Câu hỏi chưa trả lời"));
        await AnswerAsync(editor, interview.Id, answered);
        await OpenSessionAsync(editor, interview.Id, opensIn: TimeSpan.FromHours(-1), closesIn: TimeSpan.FromMinutes(-1));
        var recent = await PublishedInterviewAsync(editor, "Giao lưu vừa xong");
        await OpenSessionAsync(editor, recent.Id, closesIn: TimeSpan.FromMinutes(50));
        await AskAsync(reader, recent);

        app.Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(1)); // the sweep runs hourly (Cms:LiveQa:SweepInterval)

        var until = DateTime.UtcNow + TimeSpan.FromSeconds(10);
        while (await app.DbAsync(db => db.LiveQuestions.CountAsync(q => q.ContentId == interview.Id, Ct)) > 0 && DateTime.UtcNow < until)
        {
            await Task.Delay(100, Ct);
        }

        Assert.Equal(0, await app.DbAsync(db => db.LiveQuestions.CountAsync(q => q.ContentId == interview.Id, Ct)));
        Assert.Equal(1, await app.DbAsync(db => db.LiveQuestions.CountAsync(q => q.ContentId == recent.Id, Ct))); // closed 11 minutes ago
        var kept = await reader.GetBodyAsync<InterviewBody>($"/api/v1/interviews/{interview.Slug}");
        Assert.Equal("Nguyễn Văn An (Sóc Trăng)", kept.Exchanges[^1].Asker);
    }
}
