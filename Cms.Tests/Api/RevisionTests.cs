using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Cms.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Cms.Tests.Api;

/// <summary>
/// Every save keeps a revision (who, when, what); revisions can be listed, viewed and restored;
/// an editor can write the next version of a published item in a working copy while the
/// published one stays live, and publish it in one step, without undoing a save made meanwhile.
/// </summary>
public sealed class RevisionTests(CmsApp app) : IClassFixture<CmsApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Every_save_is_kept_and_an_old_revision_can_be_viewed_and_restored()
    {
        using var admin = await app.EditorAsync();
        var id = (long)(await admin.PostJsonAsync("/api/v1/manage/articles", Samples.Article("Bản đầu tiên", "Sóc Trăng")))["id"]!;
        await PutAsync(admin, $"/api/v1/manage/articles/{id}", Samples.Article("Bản thứ hai"));
        var published = await admin.PostJsonAsync($"/api/v1/manage/articles/{id}/publish", new { });
        var slug = (string)published["slug"]!;

        var history = (await admin.GetJsonAsync($"/api/v1/manage/articles/{id}/revisions"))["items"]!.AsArray();
        Assert.Equal(["published", "updated", "created"], history.Select(r => (string?)r!["action"]));
        Assert.All(history, r => Assert.Equal(CmsApp.AdminUser, (string?)r!["createdBy"]));
        Assert.Equal(["Bản thứ hai", "Bản thứ hai", "Bản đầu tiên"], history.Select(r => (string?)r!["title"]));
        Assert.Equal(["published", "draft", "draft"], history.Select(r => (string?)r!["status"]));

        // Viewing the first shows what was written then, as a request body.
        var firstId = (long)history[2]!["id"]!;
        var first = await admin.GetJsonAsync($"/api/v1/manage/articles/{id}/revisions/{firstId}");
        Assert.Equal("Bản đầu tiên", (string?)first["content"]!["title"]);
        Assert.Equal(["Sóc Trăng"], first["content"]!["tags"]!.AsArray().Select(t => (string?)t));
        Assert.Equal("<p>Sáng nay, UBND tỉnh Sóc Trăng tổ chức hội nghị.</p>", (string?)first["content"]!["body"]);

        // A stale If-Match restores nothing.
        var stale = await admin.SendAsync(HttpExtensions.Request(HttpMethod.Post, $"/api/v1/manage/articles/{id}/revisions/{firstId}/restore", null, "\"1\""), Ct);
        await stale.AssertProblemAsync(412);
        var missing = await admin.SendAsync(HttpExtensions.Request(HttpMethod.Post, $"/api/v1/manage/articles/{id}/revisions/{firstId}/restore", null), Ct);
        await missing.AssertProblemAsync(428);
        Assert.Equal(3, await RevisionCountAsync(id));

        var etag = (await admin.GetAsync($"/api/v1/manage/articles/{id}", Ct)).Headers.ETag!.Tag;
        var restore = await admin.SendAsync(HttpExtensions.Request(HttpMethod.Post, $"/api/v1/manage/articles/{id}/revisions/{firstId}/restore", null, etag), Ct);
        Assert.Equal(200, (int)restore.StatusCode);
        var restored = await restore.JsonAsync();
        Assert.Equal("Bản đầu tiên", (string?)restored["title"]);
        Assert.Equal("published", (string?)restored["status"]); // restoring content leaves the status alone
        Assert.Equal(["Sóc Trăng"], restored["tags"]!.AsArray().Select(t => (string?)t!["name"]));

        // The public sees the restored content at once, and the restore is itself in the history.
        var publicItem = await app.Anonymous().GetJsonAsync($"/api/v1/articles/{slug}");
        Assert.Equal("Bản đầu tiên", (string?)publicItem["title"]);
        var latest = (await admin.GetJsonAsync($"/api/v1/manage/articles/{id}/revisions"))["items"]![0]!;
        Assert.Equal("restored", (string?)latest["action"]);
        Assert.Equal(firstId, (long)latest["restoredFrom"]!);
    }

    [Fact]
    public async Task A_working_copy_of_a_published_item_stays_private_until_it_is_published()
    {
        using var admin = await app.EditorAsync();
        var interview = Samples.Interview("Phỏng vấn đã đăng");
        var id = (long)(await admin.PostJsonAsync("/api/v1/manage/interviews", interview))["id"]!;
        var slug = (string)(await admin.PostJsonAsync($"/api/v1/manage/interviews/{id}/publish", new { }))["slug"]!;
        var liveEtag = (await admin.GetAsync($"/api/v1/manage/interviews/{id}", Ct)).Headers.ETag!.Tag;

        var next = Samples.Interview("Phỏng vấn đã đăng (bản sửa)");
        next["exchanges"] = new object[]
        {
            new { question = "Câu hỏi mới thứ nhất?", answer = "Trả lời thứ nhất." },
            new { question = "Câu hỏi mới thứ hai?", answer = "Trả lời thứ hai." },
            new { question = "Câu hỏi mới thứ ba?", answer = "Trả lời thứ ba." },
        };
        var saved = await admin.PutRawAsync($"/api/v1/manage/interviews/{id}/draft", next);
        Assert.Equal(200, (int)saved.StatusCode);
        var copyEtag = saved.Headers.ETag!.Tag;
        Assert.False((bool)(await saved.JsonAsync())["outdated"]!);

        // The public and the item itself still show the published version.
        Assert.Equal("Phỏng vấn đã đăng", (string?)(await app.Anonymous().GetJsonAsync($"/api/v1/interviews/{slug}"))["title"]);
        Assert.Equal(liveEtag, (await admin.GetAsync($"/api/v1/manage/interviews/{id}", Ct)).Headers.ETag!.Tag);
        var copy = await admin.GetJsonAsync($"/api/v1/manage/interviews/{id}/draft");
        Assert.Equal(3, copy["content"]!["exchanges"]!.AsArray().Count);
        Assert.True(await HasWorkingCopyAsync(admin, id)); // the newsroom's list says so

        // Another editor saving over a copy they did not read is refused.
        var again = Samples.Interview("Bản sửa của người khác");
        await (await admin.PutRawAsync($"/api/v1/manage/interviews/{id}/draft", again)).AssertProblemAsync(428);
        await (await admin.PutRawAsync($"/api/v1/manage/interviews/{id}/draft", again, "\"1\"")).AssertProblemAsync(412);
        Assert.Equal("Phỏng vấn đã đăng (bản sửa)", (string?)(await admin.GetJsonAsync($"/api/v1/manage/interviews/{id}/draft"))["content"]!["title"]);

        var publish = await admin.SendAsync(HttpExtensions.Request(HttpMethod.Post, $"/api/v1/manage/interviews/{id}/draft/publish", null, copyEtag), Ct);
        Assert.Equal(200, (int)publish.StatusCode);
        var live = await app.Anonymous().GetJsonAsync($"/api/v1/interviews/{slug}");
        Assert.Equal("Phỏng vấn đã đăng (bản sửa)", (string?)live["title"]);
        Assert.Equal(["Câu hỏi mới thứ nhất?", "Câu hỏi mới thứ hai?", "Câu hỏi mới thứ ba?"], live["exchanges"]!.AsArray().Select(e => (string?)e!["question"]));
        await (await admin.GetAsync($"/api/v1/manage/interviews/{id}/draft", Ct)).AssertProblemAsync(404);
        Assert.False(await HasWorkingCopyAsync(admin, id));

        var actions = (await admin.GetJsonAsync($"/api/v1/manage/interviews/{id}/revisions"))["items"]!.AsArray().Select(r => (string?)r!["action"]);
        Assert.Equal(["draftPublished", "draftSaved", "published", "created"], actions);
    }

    [Fact]
    public async Task Publishing_a_working_copy_does_not_silently_undo_a_save_made_meanwhile()
    {
        using var admin = await app.EditorAsync();
        var id = (long)(await admin.PostJsonAsync("/api/v1/manage/articles", Samples.Article("Tin gốc")))["id"]!;
        await admin.PostJsonAsync($"/api/v1/manage/articles/{id}/publish", new { });
        await PutAsync(admin, $"/api/v1/manage/articles/{id}/draft", Samples.Article("Tin gốc, bản sửa dài"));

        // Someone corrects the live item directly while the copy is being written.
        await PutAsync(admin, $"/api/v1/manage/articles/{id}", Samples.Article("Tin gốc, đã sửa lỗi chính tả"));
        Assert.True((bool)(await admin.GetJsonAsync($"/api/v1/manage/articles/{id}/draft"))["outdated"]!);

        var refused = await admin.PostAsync($"/api/v1/manage/articles/{id}/draft/publish", null, Ct);
        await refused.AssertProblemAsync(409);
        Assert.Equal("Tin gốc, đã sửa lỗi chính tả", await TitleAsync(id));

        var forced = await admin.PostAsync($"/api/v1/manage/articles/{id}/draft/publish?overwrite=true", null, Ct);
        Assert.Equal(200, (int)forced.StatusCode);
        Assert.Equal("Tin gốc, bản sửa dài", await TitleAsync(id));
    }

    [Fact]
    public async Task Authors_keep_copies_of_their_own_items_but_only_editors_publish_them()
    {
        using var admin = await app.EditorAsync();
        using var author = await app.UserAsync("author");
        var id = (long)(await author.PostJsonAsync("/api/v1/manage/videos", Samples.Video("Phim của phóng viên")))["id"]!;
        await admin.PostJsonAsync($"/api/v1/manage/videos/{id}/publish", new { });

        await PutAsync(author, $"/api/v1/manage/videos/{id}/draft", Samples.Video("Phim của phóng viên, bản sửa"));
        await (await author.PostAsync($"/api/v1/manage/videos/{id}/draft/publish", null, Ct)).AssertProblemAsync(403);
        var firstRevision = (long)(await author.GetJsonAsync($"/api/v1/manage/videos/{id}/revisions"))["items"]!.AsArray().Last()!["id"]!;
        var restore = await author.SendAsync(HttpExtensions.Request(HttpMethod.Post, $"/api/v1/manage/videos/{id}/revisions/{firstRevision}/restore", null, "*"), Ct);
        await restore.AssertProblemAsync(403); // published: only an editor changes it now

        // Someone else's item's history and copy are closed to an author.
        using var other = await app.UserAsync("author");
        await (await other.GetAsync($"/api/v1/manage/videos/{id}/revisions", Ct)).AssertProblemAsync(403);
        await (await other.PutRawAsync($"/api/v1/manage/videos/{id}/draft", Samples.Video("Không phải của tôi"))).AssertProblemAsync(403);

        Assert.Equal(200, (int)(await admin.PostAsync($"/api/v1/manage/videos/{id}/draft/publish", null, Ct)).StatusCode);
        Assert.Equal("Phim của phóng viên, bản sửa", await TitleAsync(id));
    }

    [Fact]
    public async Task The_scheduler_publishing_an_item_is_in_its_history()
    {
        using var admin = await app.EditorAsync();
        var id = (long)(await admin.PostJsonAsync("/api/v1/manage/articles", Samples.Article("Bài hẹn giờ", "Hẹn giờ")))["id"]!;
        await admin.PostJsonAsync($"/api/v1/manage/articles/{id}/schedule", new { publishAt = app.Clock.GetUtcNow().AddMinutes(5) });
        app.Clock.Advance(TimeSpan.FromMinutes(5));

        var deadline = DateTime.UtcNow.AddSeconds(15);
        JsonNode latest;
        do
        {
            Assert.True(DateTime.UtcNow < deadline, "The scheduler did not publish within 15 s.");
            await Task.Delay(50, Ct);
            latest = (await admin.GetJsonAsync($"/api/v1/manage/articles/{id}/revisions"))["items"]![0]!;
        }
        while ((string?)latest["action"] != "published");

        Assert.Null((string?)latest["createdBy"]); // the system, not a person
        var content = (await admin.GetJsonAsync($"/api/v1/manage/articles/{id}/revisions/{(long)latest["id"]!}"))["content"]!;
        Assert.Equal(["Hẹn giờ"], content["tags"]!.AsArray().Select(t => (string?)t)); // the whole item, tags included
    }

    private static async Task PutAsync(HttpClient client, string url, object body)
    {
        var response = await client.PutRawAsync(url, body, "*");
        Assert.True((int)response.StatusCode == 200, $"PUT {url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
    }

    private static async Task<bool> HasWorkingCopyAsync(HttpClient admin, long id) =>
        (bool)(await admin.GetJsonAsync("/api/v1/manage/interviews?pageSize=100"))["items"]!.AsArray().Single(i => (long)i!["id"]! == id)!["hasWorkingCopy"]!;

    private Task<int> RevisionCountAsync(long id) => app.DbAsync(db => db.ContentRevisions.CountAsync(r => r.ContentId == id, Ct));

    private Task<string> TitleAsync(long id) => app.DbAsync(db => db.ContentItems.Where(x => x.Id == id).Select(x => x.Title).SingleAsync(Ct));
}
