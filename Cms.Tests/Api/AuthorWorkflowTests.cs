using System.Net.Http.Json;
using Cms.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Cms.Tests.Api;

/// <summary>
/// Authors write and submit their own drafts; editors publish. Every write records who
/// made it, which the newsroom sees and the public does not. One behaviour per test; each
/// test signs in accounts of its own.
/// </summary>
public sealed class AuthorWorkflowTests(CmsApp app) : IClassFixture<CmsApp>
{
    private const string Articles = "/api/v1/manage/articles";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // --- From draft to published --------------------------------------------------------------

    [Fact]
    public async Task An_authors_new_article_is_a_draft_created_by_them()
    {
        var authorName = NewName("author");
        using var author = await app.UserAsync("author", authorName);

        var created = await author.PostBodyAsync<ItemBody>(Articles, Samples.Article("Bài của phóng viên"));

        Assert.Equal(authorName, created.CreatedBy);
        Assert.Equal("draft", created.Status);
    }

    [Fact]
    public async Task An_author_edits_their_own_draft()
    {
        using var author = await app.UserAsync("author");
        var id = await DraftAsync(author, "Bài nháp tự sửa");
        var etag = (await author.GetAsync($"{Articles}/{id}", Ct)).Headers.ETag!.Tag;

        var edited = await author.PutRawAsync($"{Articles}/{id}", Samples.Article("Bài nháp tự sửa, sửa lần một"), etag);

        Assert.Equal(200, (int)edited.StatusCode);
        Assert.Equal("Bài nháp tự sửa, sửa lần một", await TitleAsync(id));
    }

    [Fact]
    public async Task An_author_may_not_publish_their_own_draft()
    {
        using var author = await app.UserAsync("author");
        var id = await DraftAsync(author, "Bài phóng viên muốn tự đăng");

        await (await author.PostAsync($"{Articles}/{id}/publish", null, Ct)).AssertProblemAsync(403);
    }

    [Fact]
    public async Task An_author_submits_a_draft_and_finds_it_in_review()
    {
        using var author = await app.UserAsync("author");
        var id = await DraftAsync(author, "Bài gửi duyệt");

        var submitted = await author.PostBodyAsync<ItemBody>($"{Articles}/{id}/submit", new { });

        Assert.Equal("inReview", submitted.Status);
        Assert.Contains(id, (await author.GetBodyAsync<PageBody<ItemBody>>($"{Articles}?status=inReview")).Items.Select(i => i.Id));
    }

    [Fact]
    public async Task An_editor_publishes_a_submitted_article_and_is_named_as_its_last_changer()
    {
        var authorName = NewName("author");
        var editorName = NewName("editor");
        using var author = await app.UserAsync("author", authorName);
        using var editor = await app.UserAsync("editor", editorName);
        var id = await SubmittedAsync(author, "Bài được biên tập viên đăng");

        var published = await editor.PostBodyAsync<ItemBody>($"{Articles}/{id}/publish", new { });

        Assert.Equal("published", published.Status);
        Assert.Equal(authorName, published.CreatedBy);
        Assert.Equal(editorName, published.UpdatedBy);
        var row = await app.DbAsync(db => db.Articles.AsNoTracking().SingleAsync(a => a.Id == id, Ct));
        Assert.Equal(authorName, row.CreatedBy);
        Assert.Equal(editorName, row.UpdatedBy);
    }

    [Fact]
    public async Task Once_published_an_author_may_look_but_not_change_or_delete()
    {
        using var author = await app.UserAsync("author");
        using var editor = await app.UserAsync("editor");
        var id = await SubmittedAsync(author, "Bài đã lên trang");
        await editor.PostJsonAsync($"{Articles}/{id}/publish", new { });

        var changed = await author.PutRawAsync($"{Articles}/{id}", Samples.Article("Sửa sau khi đăng"), "*");
        var deleted = await author.DeleteAsync($"{Articles}/{id}", Ct);

        await changed.AssertProblemAsync(403);
        await deleted.AssertProblemAsync(403);
        Assert.Equal("Bài đã lên trang", await TitleAsync(id));
    }

    [Fact]
    public async Task The_public_sees_an_article_never_the_accounts_behind_it()
    {
        var authorName = NewName("author");
        var editorName = NewName("editor");
        using var author = await app.UserAsync("author", authorName);
        using var editor = await app.UserAsync("editor", editorName);
        var id = await SubmittedAsync(author, "Bài công khai không tên tài khoản");
        await editor.PostJsonAsync($"{Articles}/{id}/publish", new { });

        // A leak check on the raw text: the names must appear in no field at all.
        var pub = await app.Anonymous().GetStringAsync($"/api/v1/articles/{id}", Ct);

        Assert.DoesNotContain(authorName, pub, StringComparison.Ordinal);
        Assert.DoesNotContain(editorName, pub, StringComparison.Ordinal);
    }

    // --- Whose items ----------------------------------------------------------------------------

    [Fact]
    public async Task An_authors_newsroom_list_holds_their_own_items_only()
    {
        using var mine = await app.UserAsync("author");
        using var other = await app.UserAsync("author");
        var theirs = await InterviewAsync(other, "Phỏng vấn người khác trong danh sách");
        var own = await InterviewAsync(mine, "Phỏng vấn của tôi trong danh sách");

        var listed = await InterviewIdsAsync(mine);

        Assert.Contains(own, listed);
        Assert.DoesNotContain(theirs, listed);
    }

    [Fact]
    public async Task An_author_may_not_read_change_or_submit_another_authors_item()
    {
        using var mine = await app.UserAsync("author");
        using var other = await app.UserAsync("author");
        var theirs = await InterviewAsync(other, "Phỏng vấn của người khác");

        await (await mine.GetAsync($"/api/v1/manage/interviews/{theirs}", Ct)).AssertProblemAsync(403);
        await (await mine.PutRawAsync($"/api/v1/manage/interviews/{theirs}", Samples.Interview("Chiếm quyền"), "*")).AssertProblemAsync(403);
        await (await mine.PostAsync($"/api/v1/manage/interviews/{theirs}/submit", null, Ct)).AssertProblemAsync(403);

        Assert.Equal("Phỏng vấn của người khác", await app.DbAsync(db => db.Interviews.Where(i => i.Id == theirs).Select(i => i.Title).SingleAsync(Ct)));
    }

    [Fact]
    public async Task Editors_see_every_authors_items()
    {
        using var one = await app.UserAsync("author");
        using var another = await app.UserAsync("author");
        var first = await InterviewAsync(one, "Phỏng vấn tác giả một");
        var second = await InterviewAsync(another, "Phỏng vấn tác giả hai");
        using var editor = await app.EditorAsync();

        var all = await InterviewIdsAsync(editor);

        Assert.Contains(first, all);
        Assert.Contains(second, all);
    }

    // --- Categories -----------------------------------------------------------------------------

    [Fact]
    public async Task A_category_records_who_created_it_and_when()
    {
        using var editor = await app.UserAsync("editor");
        var me = (await editor.GetBodyAsync<OwnAccountBody>("/api/v1/manage/me")).UserName;

        var created = await editor.PostBodyAsync<CategoryAuditBody>("/api/v1/manage/categories", new { name = "Chuyên mục kiểm toán " + Guid.NewGuid().ToString("N")[..6] });

        Assert.Equal(me, created.CreatedBy);
        Assert.NotNull(created.CreatedAt);
    }

    [Fact]
    public async Task An_author_may_not_create_a_category()
    {
        using var author = await app.UserAsync("author");

        var refused = await author.PostAsJsonAsync("/api/v1/manage/categories", new { name = "Không được phép" }, Ct);

        await refused.AssertProblemAsync(403);
        Assert.False(await app.DbAsync(db => db.Categories.AnyAsync(c => c.Name == "Không được phép", Ct)));
    }

    private static string NewName(string role) => $"{role}-{Guid.NewGuid():N}"[..20];

    private static async Task<long> DraftAsync(HttpClient author, string title) =>
        (await author.PostBodyAsync<ItemBody>(Articles, Samples.Article(title))).Id;

    private static async Task<long> SubmittedAsync(HttpClient author, string title)
    {
        var id = await DraftAsync(author, title);
        await author.PostJsonAsync($"{Articles}/{id}/submit", new { });
        return id;
    }

    private static async Task<long> InterviewAsync(HttpClient author, string title) =>
        (await author.PostBodyAsync<ItemBody>("/api/v1/manage/interviews", Samples.Interview(title))).Id;

    private static async Task<List<long>> InterviewIdsAsync(HttpClient client) =>
        (await client.GetBodyAsync<PageBody<ItemBody>>("/api/v1/manage/interviews?pageSize=100")).Items.Select(i => i.Id).ToList();

    private Task<string> TitleAsync(long id) => app.DbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.Title).SingleAsync(Ct));
}
