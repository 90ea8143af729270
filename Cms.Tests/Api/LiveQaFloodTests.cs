using System.Net.Http.Json;
using Cms.Tests.Support;

namespace Cms.Tests.Api;

/// <summary>
/// The live Q&amp;A's limits against a flood: questions per client address (Cms:LiveQa:QuestionsPerWindow)
/// and open streams per process (Cms:LiveQa:MaxStreams), past which readers are told to poll.
/// </summary>
public sealed class LiveQaFloodTests(LiveQaFloodTests.App app) : IClassFixture<LiveQaFloodTests.App>
{
    /// <summary>Three questions per address per ten minutes, and one stream per process.</summary>
    public sealed class App : CmsApp
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Cms:LiveQa:QuestionsPerWindow"] = "3",
            ["Cms:LiveQa:MaxStreams"] = "1",
        };
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<InterviewBody> OpenInterviewAsync(HttpClient editor, string title)
    {
        var interview = (await editor.PublishedAsync("interviews", Samples.Interview($"{title} {Guid.NewGuid():N}"[..(title.Length + 9)]))).As<InterviewBody>();
        var now = app.Clock.GetUtcNow();
        Assert.Equal(200, (int)(await editor.PutAsJsonAsync($"/api/v1/manage/interviews/{interview.Id}/live",
            new { opensAt = now.AddMinutes(-1), closesAt = now.AddHours(1) }, Ct)).StatusCode);
        return interview;
    }

    [Fact]
    public async Task Past_the_limit_an_address_gets_429_with_retry_after_and_its_questions_are_not_stored()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var interview = await OpenInterviewAsync(editor, "Giao lưu bị dội");
        var url = $"/api/v1/interviews/{interview.Slug}/questions";

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 6; i++)
        {
            answers.Add(await reader.PostAsJsonAsync(url, new { name = "Người dội", text = $"Câu hỏi {i}" }, Ct));
        }

        Assert.Equal([202, 202, 202, 429, 429, 429], answers.Select(a => (int)a.StatusCode));
        await answers[3].AssertProblemAsync(429);
        Assert.NotNull(answers[3].Headers.RetryAfter);
        Assert.Equal(3, (await editor.GetBodyAsync<List<LiveQuestionBody>>($"/api/v1/manage/interviews/{interview.Id}/questions")).Count);
    }

    [Fact]
    public async Task Past_the_streams_a_process_may_hold_a_reader_is_told_to_poll_with_a_503()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var interview = await OpenInterviewAsync(editor, "Giao lưu đông");
        var url = $"/api/v1/interviews/{interview.Slug}/live/events";
        using var first = await LiveEvents.OpenAsync(reader, url, Ct);
        await first.NextOfAsync<LiveStatusBody>("live", TimeSpan.FromSeconds(5));

        using var second = await LiveEvents.OpenAsync(reader, url, Ct);

        var problem = await second.Response.AssertProblemAsync(503);
        Assert.Contains("/live", problem.Detail, StringComparison.Ordinal);
        Assert.NotNull(second.Response.Headers.RetryAfter);
    }
}
