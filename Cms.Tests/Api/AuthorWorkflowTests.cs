using System.Net.Http.Json;
using Cms.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Cms.Tests.Api;

/// <summary>
/// Authors write and submit their own drafts; editors publish. Every write records who
/// made it, which the newsroom sees and the public does not.
/// </summary>
public sealed class AuthorWorkflowTests(CmsApp app) : IClassFixture<CmsApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_author_drafts_and_submits_an_editor_publishes_and_the_author_can_no_longer_change_it()
    {
        var authorName = $"author-{Guid.NewGuid():N}"[..20];
        var editorName = $"editor-{Guid.NewGuid():N}"[..20];
        using var author = await app.UserAsync("author", authorName);
        using var editor = await app.UserAsync("editor", editorName);

        var created = await author.PostJsonAsync("/api/v1/manage/articles", Samples.Article("Bài của phóng viên"));
        var id = (long)created["id"]!;
        Assert.Equal(authorName, (string?)created["createdBy"]);
        Assert.Equal("draft", (string?)created["status"]);

        var etag = (await author.GetAsync($"/api/v1/manage/articles/{id}", Ct)).Headers.ETag!.Tag;
        var edited = await author.PutRawAsync($"/api/v1/manage/articles/{id}", Samples.Article("Bài của phóng viên, sửa lần một"), etag);
        Assert.Equal(200, (int)edited.StatusCode);

        await (await author.PostAsync($"/api/v1/manage/articles/{id}/publish", null, Ct)).AssertProblemAsync(403);
        var submitted = await author.PostJsonAsync($"/api/v1/manage/articles/{id}/submit", new { });
        Assert.Equal("inReview", (string?)submitted["status"]);
        Assert.Contains(id, (await author.GetJsonAsync("/api/v1/manage/articles?status=inReview"))["items"]!.AsArray().Select(i => (long)i!["id"]!));

        var published = await editor.PostJsonAsync($"/api/v1/manage/articles/{id}/publish", new { });
        Assert.Equal("published", (string?)published["status"]);
        Assert.Equal(authorName, (string?)published["createdBy"]);
        Assert.Equal(editorName, (string?)published["updatedBy"]);

        // Live now: the author may look but not touch.
        var after = await author.PutRawAsync($"/api/v1/manage/articles/{id}", Samples.Article("Sửa sau khi đăng"), "*");
        await after.AssertProblemAsync(403);
        await (await author.DeleteAsync($"/api/v1/manage/articles/{id}", Ct)).AssertProblemAsync(403);

        var row = await app.DbAsync(db => db.Articles.AsNoTracking().SingleAsync(a => a.Id == id, Ct));
        Assert.Equal("Bài của phóng viên, sửa lần một", row.Title);
        Assert.Equal(authorName, row.CreatedBy);
        Assert.Equal(editorName, row.UpdatedBy);

        // The public sees the article, never the accounts behind it.
        var pub = await app.Anonymous().GetStringAsync($"/api/v1/articles/{id}", Ct);
        Assert.DoesNotContain(authorName, pub, StringComparison.Ordinal);
        Assert.DoesNotContain(editorName, pub, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Authors_see_and_touch_only_their_own_items()
    {
        using var mine = await app.UserAsync("author");
        using var other = await app.UserAsync("author");
        var theirs = (long)(await other.PostJsonAsync("/api/v1/manage/interviews", Samples.Interview("Phỏng vấn của người khác")))["id"]!;
        var own = (long)(await mine.PostJsonAsync("/api/v1/manage/interviews", Samples.Interview("Phỏng vấn của tôi")))["id"]!;

        var listed = (await mine.GetJsonAsync("/api/v1/manage/interviews?pageSize=100"))["items"]!.AsArray().Select(i => (long)i!["id"]!).ToList();
        Assert.Contains(own, listed);
        Assert.DoesNotContain(theirs, listed);

        await (await mine.GetAsync($"/api/v1/manage/interviews/{theirs}", Ct)).AssertProblemAsync(403);
        await (await mine.PutRawAsync($"/api/v1/manage/interviews/{theirs}", Samples.Interview("Chiếm quyền"), "*")).AssertProblemAsync(403);
        await (await mine.PostAsync($"/api/v1/manage/interviews/{theirs}/submit", null, Ct)).AssertProblemAsync(403);
        Assert.Equal("Phỏng vấn của người khác", await app.DbAsync(db => db.Interviews.Where(i => i.Id == theirs).Select(i => i.Title).SingleAsync(Ct)));

        // Editors see everyone's.
        using var editor = await app.EditorAsync();
        var all = (await editor.GetJsonAsync("/api/v1/manage/interviews?pageSize=100"))["items"]!.AsArray().Select(i => (long)i!["id"]!).ToList();
        Assert.Contains(own, all);
        Assert.Contains(theirs, all);
    }

    [Fact]
    public async Task Categories_record_who_created_and_changed_them()
    {
        using var editor = await app.UserAsync("editor");
        var me = (string)(await editor.GetJsonAsync("/api/v1/manage/me"))["userName"]!;
        var created = await editor.PostJsonAsync("/api/v1/manage/categories", new { name = "Chuyên mục kiểm toán " + Guid.NewGuid().ToString("N")[..6] });
        Assert.Equal(me, (string?)created["createdBy"]);
        Assert.NotNull(created["createdAt"]);

        using var author = await app.UserAsync("author");
        await (await author.PostAsJsonAsync("/api/v1/manage/categories", new { name = "Không được phép" }, Ct)).AssertProblemAsync(403);
        Assert.False(await app.DbAsync(db => db.Categories.AnyAsync(c => c.Name == "Không được phép", Ct)));
    }
}
