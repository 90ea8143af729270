using System.Net.Http.Json;
using Cms.Domain.Interviews;
using Cms.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Cms.Tests.Api;

public sealed class InterviewTests(CmsApp app) : IClassFixture<CmsApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_interview_is_served_as_structure_for_native_rendering()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var created = await editor.PostJsonAsync("/api/v1/manage/interviews", Samples.Interview());
        var id = (long)created["id"]!;
        await editor.PostJsonAsync($"/api/v1/manage/interviews/{id}/publish", new { });

        var item = await reader.GetJsonAsync($"/api/v1/interviews/{(string)created["slug"]!}");
        Assert.Equal("interview", (string?)item["type"]);
        Assert.Equal("Nguyễn Văn Quận", (string?)item["interviewee"]!["name"]);
        Assert.Equal("Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Thành ủy Sóc Trăng", (string?)item["interviewee"]!["position"]);
        Assert.Equal("Đồng chí Nguyễn Văn Quận", (string?)item["interviewee"]!["portrait"]!["caption"]);
        var exchanges = item["exchanges"]!.AsArray();
        Assert.Equal(2, exchanges.Count);
        Assert.Equal("Xin đồng chí cho biết kết quả nổi bật năm 2023?", (string?)exchanges[0]!["question"]);
        Assert.Equal("Năm 2023, kinh tế phát triển khá.\n\nCó 17 chỉ tiêu đạt và vượt.", (string?)exchanges[0]!["answer"]);
        Assert.Equal("Nguyễn Văn Quận", (string?)exchanges[0]!["speaker"]); // the interviewee answers unless told otherwise
        Assert.Equal("Trần Văn B", (string?)exchanges[1]!["speaker"]);
        Assert.Equal("Xin cảm ơn đồng chí!", (string?)item["closing"]);

        var stored = await app.DbAsync(db => db.Interviews.SingleAsync(i => i.Id == id, Ct));
        Assert.Equal(["Xin đồng chí cho biết kết quả nổi bật năm 2023?", "Mục tiêu năm 2024 là gì?"], stored.Exchanges.Select(e => e.Question));
    }

    [Fact]
    public async Task Exchanges_keep_their_order_through_an_update()
    {
        using var editor = await app.EditorAsync();
        var created = await editor.PostJsonAsync("/api/v1/manage/interviews", Samples.Interview("Thứ tự câu hỏi"));
        var update = Samples.Interview("Thứ tự câu hỏi");
        update["exchanges"] = Enumerable.Range(1, 5).Select(i => new { question = $"Câu hỏi {i}?", answer = $"Trả lời {i}." }).ToArray();
        var response = await editor.PutRawAsync($"/api/v1/manage/interviews/{(long)created["id"]!}", update, $"\"{(uint)created["version"]!}\"");
        var body = await response.JsonAsync();
        Assert.Equal(Enumerable.Range(1, 5).Select(i => $"Câu hỏi {i}?"), body["exchanges"]!.AsArray().Select(e => (string)e!["question"]!));
    }

    [Fact]
    public async Task An_interview_needs_an_interviewee_and_at_least_one_complete_exchange()
    {
        using var editor = await app.EditorAsync();
        var before = await app.DbAsync(db => db.Interviews.CountAsync(Ct));

        var none = Samples.Interview("Không có câu hỏi");
        none["exchanges"] = Array.Empty<object>();
        Assert.Contains("exchanges", await (await editor.PostAsJsonAsync("/api/v1/manage/interviews", none, Ct)).AssertValidationErrorsAsync());

        var missing = Samples.Interview("Thiếu trường");
        missing.Remove("exchanges");
        missing.Remove("interviewee");
        var keys = await (await editor.PostAsJsonAsync("/api/v1/manage/interviews", missing, Ct)).AssertValidationErrorsAsync();
        Assert.Contains("exchanges", keys);
        Assert.Contains("interviewee", keys);

        var incomplete = Samples.Interview("Câu trả lời trống");
        incomplete["exchanges"] = new object[] { new { question = "Hỏi?", answer = "" }, new { question = "", answer = "Đáp." } };
        incomplete["interviewee"] = new { name = "", portrait = new { url = "not a url" } };
        keys = await (await editor.PostAsJsonAsync("/api/v1/manage/interviews", incomplete, Ct)).AssertValidationErrorsAsync();
        Assert.Contains("exchanges[0].answer", keys);
        Assert.Contains("exchanges[1].question", keys);
        Assert.Contains("interviewee.name", keys);
        Assert.Contains("interviewee.portrait.url", keys);

        Assert.Equal(before, await app.DbAsync(db => db.Interviews.CountAsync(Ct)));
    }

    [Fact]
    public async Task Interviews_have_the_whole_workflow()
    {
        using var editor = await app.EditorAsync();
        var id = (long)(await editor.PostJsonAsync("/api/v1/manage/interviews", Samples.Interview("Phỏng vấn quy trình")))["id"]!;
        var at = app.Clock.GetUtcNow().AddDays(2);
        Assert.Equal("scheduled", (string?)(await editor.PostJsonAsync($"/api/v1/manage/interviews/{id}/schedule", new { publishAt = at }))["status"]);
        Assert.Equal("unpublished", (string?)(await editor.PostJsonAsync($"/api/v1/manage/interviews/{id}/unpublish", new { }))["status"]);
        Assert.Equal("published", (string?)(await editor.PostJsonAsync($"/api/v1/manage/interviews/{id}/publish", new { }))["status"]);
        var delete = await editor.SendAsync(HttpExtensions.Request(HttpMethod.Delete, $"/api/v1/manage/interviews/{id}", null, "*"), Ct);
        Assert.Equal(204, (int)delete.StatusCode);
        Assert.False(await app.DbAsync(db => db.Set<Interview>().AnyAsync(i => i.Id == id, Ct)));
    }
}
