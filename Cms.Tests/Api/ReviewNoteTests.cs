using System.Net.Http.Json;
using System.Text;
using Cms.Domain.Content;
using Cms.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Cms.Tests.Api;

/// <summary>
/// Review with comments: staff leave notes on an item in threads, readers never see them; an
/// editor returns an item in review to its author with a reason, which the author finds in their
/// list and on opening the item. Who may do what is checked through HTTP, role by role.
/// </summary>
public sealed class ReviewNoteTests(CmsApp app) : IClassFixture<CmsApp>
{
    private const string Articles = "/api/v1/manage/articles";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // --- Notes and threads ------------------------------------------------------------------

    [Fact]
    public async Task An_author_leaves_a_note_on_their_own_draft_and_reads_who_wrote_it_and_when()
    {
        var (author, authorName) = await NamedUserAsync("author", "Lê Vũ");
        using var _ = author;
        var id = await DraftAsync(author, "Bài có ghi chú");
        var before = DateTimeOffset.UtcNow.AddMinutes(-1);

        var created = await author.PostAsJsonAsync($"{Articles}/{id}/notes", new { text = "Em đã bổ sung ảnh." }, Ct);

        Assert.Equal(201, (int)created.StatusCode);
        var note = await created.BodyAsync<NoteBody>();
        Assert.Equal($"{Articles}/{id}/notes/{note.Id}", created.Headers.Location?.OriginalString);
        var thread = Assert.Single((await author.GetBodyAsync<NotesBody>($"{Articles}/{id}/notes")).Items);
        Assert.Equal(("Em đã bổ sung ảnh.", "comment", authorName, "Lê Vũ"), (thread.Text, thread.Kind, thread.CreatedBy, thread.CreatedByName));
        Assert.True(thread.CreatedAt > before);
    }

    [Fact]
    public async Task Threads_come_oldest_first_and_a_reply_to_a_reply_joins_the_thread_it_answers()
    {
        using var editor = await app.UserAsync("editor");
        var id = await DraftAsync(editor, "Bài có chuỗi thảo luận");
        var first = await NoteAsync(editor, id, "Tiêu đề dài quá.");
        var second = await NoteAsync(editor, id, "Thiếu chú thích ảnh.");
        var reply = await NoteAsync(editor, id, "Đã rút gọn.", first.Id);

        var replyToReply = await NoteAsync(editor, id, "Được rồi.", reply.Id);

        Assert.Equal(first.Id, replyToReply.ParentId);
        var threads = (await editor.GetBodyAsync<NotesBody>($"{Articles}/{id}/notes")).Items;
        Assert.Equal([first.Id, second.Id], threads.Select(t => t.Id));
        Assert.Equal(["Đã rút gọn.", "Được rồi."], threads[0].Replies.Select(r => r.Text));
        Assert.Empty(threads[1].Replies);
    }

    [Fact]
    public async Task A_note_typed_decomposed_is_stored_and_answered_composed()
    {
        using var editor = await app.UserAsync("editor");
        var id = await DraftAsync(editor, "Bài ghi chú NFD");
        var decomposed = "  Sóc Trăng cần kiểm tra lại.  ".Normalize(NormalizationForm.FormD);

        var note = await NoteAsync(editor, id, decomposed);

        var composed = "Sóc Trăng cần kiểm tra lại.".Normalize(NormalizationForm.FormC);
        Assert.Equal(composed, note.Text);
        Assert.Equal(composed, await app.DbAsync(db => db.ContentNotes.Where(n => n.Id == note.Id).Select(n => n.Text).SingleAsync(Ct)));
    }

    [Fact]
    public async Task Markup_in_a_note_is_kept_as_the_text_typed()
    {
        using var editor = await app.UserAsync("editor");
        var id = await DraftAsync(editor, "Bài ghi chú có thẻ");

        var note = await NoteAsync(editor, id, "<b>đậm</b> <script>alert(1)</script>");

        Assert.Equal("<b>đậm</b> <script>alert(1)</script>", note.Text); // plain text: whoever shows it escapes it
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public async Task A_note_without_text_is_a_400_naming_text_and_saves_nothing(string? text)
    {
        using var editor = await app.UserAsync("editor");
        var id = await DraftAsync(editor, "Bài ghi chú trống");

        var keys = await (await editor.PostAsJsonAsync($"{Articles}/{id}/notes", new { text }, Ct)).AssertValidationErrorsAsync();

        Assert.Equal(["text"], keys);
        Assert.Equal(0, await NoteCountInDbAsync(id));
    }

    [Fact]
    public async Task A_note_longer_than_4000_characters_as_stored_is_a_400_and_4000_are_accepted()
    {
        using var editor = await app.UserAsync("editor");
        var id = await DraftAsync(editor, "Bài ghi chú dài");

        var tooLong = await editor.PostAsJsonAsync($"{Articles}/{id}/notes", new { text = new string('ấ', 4001) }, Ct);
        var longest = await editor.PostAsJsonAsync($"{Articles}/{id}/notes", new { text = new string('ấ', 4000) }, Ct);
        var longOnceComposed = await editor.PostAsJsonAsync($"{Articles}/{id}/notes", new { text = new string('\u0958', 2001) }, Ct); // NFC: two characters each

        Assert.Equal(["text"], await tooLong.AssertValidationErrorsAsync());
        Assert.Equal(["text"], await longOnceComposed.AssertValidationErrorsAsync());
        Assert.Equal(201, (int)longest.StatusCode);
    }

    [Fact]
    public async Task A_reply_to_a_note_of_another_item_is_a_400_naming_parentId()
    {
        using var editor = await app.UserAsync("editor");
        var one = await DraftAsync(editor, "Bài một có ghi chú");
        var other = await DraftAsync(editor, "Bài hai không có ghi chú");
        var note = await NoteAsync(editor, one, "Ghi chú bài một.");

        var reply = await editor.PostAsJsonAsync($"{Articles}/{other}/notes", new { text = "Trả lời lạc chỗ.", parentId = note.Id }, Ct);

        Assert.Equal(["parentId"], await reply.AssertValidationErrorsAsync());
        Assert.Equal(0, await NoteCountInDbAsync(other));
    }

    [Fact]
    public async Task Notes_on_an_item_of_another_type_or_a_missing_item_are_404()
    {
        using var editor = await app.UserAsync("editor");
        var id = await DraftAsync(editor, "Bài không phải video");

        await (await editor.GetAsync($"/api/v1/manage/videos/{id}/notes", Ct)).AssertProblemAsync(404);
        await (await editor.PostAsJsonAsync($"{Articles}/987654321/notes", new { text = "Không có bài." }, Ct)).AssertProblemAsync(404);
    }

    [Fact]
    public async Task A_note_leaves_the_items_version_as_it_was()
    {
        using var editor = await app.UserAsync("editor");
        var id = await DraftAsync(editor, "Bài giữ phiên bản");
        var etag = await ETagAsync(editor, id);

        await NoteAsync(editor, id, "Ghi chú không đổi phiên bản.");

        Assert.Equal(etag, await ETagAsync(editor, id));
    }

    // --- Who may read, write and delete notes ------------------------------------------------

    [Fact]
    public async Task An_author_may_not_read_or_write_notes_on_another_authors_item()
    {
        using var owner = await app.UserAsync("author");
        using var other = await app.UserAsync("author");
        var id = await DraftAsync(owner, "Bài của người khác");
        var note = await NoteAsync(owner, id, "Ghi chú riêng.");

        await (await other.GetAsync($"{Articles}/{id}/notes", Ct)).AssertProblemAsync(403);
        await (await other.PostAsJsonAsync($"{Articles}/{id}/notes", new { text = "Xen vào." }, Ct)).AssertProblemAsync(403);
        await (await other.DeleteAsync($"{Articles}/{id}/notes/{note.Id}", Ct)).AssertProblemAsync(403);
        Assert.Equal(1, await NoteCountInDbAsync(id));
    }

    [Fact]
    public async Task An_editor_reads_and_answers_the_notes_on_an_authors_item()
    {
        using var author = await app.UserAsync("author");
        using var editor = await app.UserAsync("editor");
        var id = await DraftAsync(author, "Bài phóng viên hỏi");
        var question = await NoteAsync(author, id, "Anh xem giúp đoạn mở đầu?");

        var answer = await NoteAsync(editor, id, "Ổn rồi.", question.Id);

        var thread = Assert.Single((await author.GetBodyAsync<NotesBody>($"{Articles}/{id}/notes")).Items);
        Assert.Equal(answer.Id, Assert.Single(thread.Replies).Id);
    }

    [Fact]
    public async Task An_author_deletes_their_own_note_but_not_an_editors()
    {
        using var author = await app.UserAsync("author");
        using var editor = await app.UserAsync("editor");
        var id = await DraftAsync(author, "Bài xoá ghi chú");
        var own = await NoteAsync(author, id, "Ghi chú của tôi.");
        var editors = await NoteAsync(editor, id, "Ghi chú của biên tập viên.");

        var deleted = await author.DeleteAsync($"{Articles}/{id}/notes/{own.Id}", Ct);
        var refused = await author.DeleteAsync($"{Articles}/{id}/notes/{editors.Id}", Ct);

        Assert.Equal(204, (int)deleted.StatusCode);
        await refused.AssertProblemAsync(403);
        Assert.Equal([editors.Id], await app.DbAsync(db => db.ContentNotes.Where(n => n.ContentId == id).Select(n => n.Id).ToListAsync(Ct)));
    }

    [Fact]
    public async Task An_editor_deletes_an_authors_thread_and_its_replies_go_with_it()
    {
        using var author = await app.UserAsync("author");
        using var editor = await app.UserAsync("editor");
        var id = await DraftAsync(author, "Bài xoá chuỗi");
        var thread = await NoteAsync(author, id, "Câu hỏi.");
        await NoteAsync(editor, id, "Trả lời.", thread.Id);

        var deleted = await editor.DeleteAsync($"{Articles}/{id}/notes/{thread.Id}", Ct);

        Assert.Equal(204, (int)deleted.StatusCode);
        Assert.Equal(0, await NoteCountInDbAsync(id));
    }

    [Fact]
    public async Task Deleting_a_note_of_another_item_is_a_404()
    {
        using var editor = await app.UserAsync("editor");
        var one = await DraftAsync(editor, "Bài có ghi chú để xoá");
        var other = await DraftAsync(editor, "Bài khác để xoá nhầm");
        var note = await NoteAsync(editor, one, "Ở bài một.");

        await (await editor.DeleteAsync($"{Articles}/{other}/notes/{note.Id}", Ct)).AssertProblemAsync(404);
        Assert.Equal(1, await NoteCountInDbAsync(one));
    }

    [Fact]
    public async Task Deleting_an_item_deletes_its_notes()
    {
        using var editor = await app.UserAsync("editor");
        var id = await DraftAsync(editor, "Bài bị xoá cùng ghi chú");
        await NoteAsync(editor, id, "Sẽ mất theo bài.");

        var deleted = await editor.SendAsync(HttpExtensions.Request(HttpMethod.Delete, $"{Articles}/{id}", null, "*"), Ct);

        Assert.Equal(204, (int)deleted.StatusCode);
        Assert.Equal(0, await NoteCountInDbAsync(id));
    }

    // --- Returning an item to its author ----------------------------------------------------

    [Fact]
    public async Task An_editor_returns_an_item_in_review_as_a_draft_and_the_reason_is_kept_as_a_note()
    {
        using var author = await app.UserAsync("author");
        var (editor, editorName) = await NamedUserAsync("editor", "Trần Biên Tập");
        using var _ = editor;
        var id = await SubmittedAsync(author, "Bài bị trả lại");

        var returned = await ReturnAsync(editor, id, "Cần thêm nguồn tin.", await ETagAsync(editor, id));

        Assert.Equal(200, (int)returned.StatusCode);
        Assert.Equal("draft", (await returned.BodyAsync<ItemBody>()).Status);
        var note = await app.DbAsync(db => db.ContentNotes.AsNoTracking().SingleAsync(n => n.ContentId == id, Ct));
        Assert.Equal((ContentNoteKind.Returned, "Cần thêm nguồn tin.", editorName), (note.Kind, note.Text, note.CreatedBy));
        var history = await editor.GetBodyAsync<PageBody<RevisionBody>>($"{Articles}/{id}/revisions");
        Assert.Equal(("returned", "draft", editorName), (history.Items[0].Action, history.Items[0].Status, history.Items[0].CreatedBy));
    }

    [Fact]
    public async Task An_author_may_not_return_an_item()
    {
        using var author = await app.UserAsync("author");
        var id = await SubmittedAsync(author, "Bài phóng viên tự trả");

        await (await ReturnAsync(author, id, "Tự trả lại.", "*")).AssertProblemAsync(403);
        Assert.Equal("InReview", await StatusInDbAsync(id));
    }

    [Theory]
    [InlineData("draft")]
    [InlineData("published")]
    public async Task Returning_an_item_that_is_not_in_review_is_a_409_and_changes_nothing(string status)
    {
        using var editor = await app.UserAsync("editor");
        var id = await DraftAsync(editor, $"Bài {status} không trả được");
        if (status == "published")
        {
            await editor.PostJsonAsync($"{Articles}/{id}/publish", new { });
        }

        await (await ReturnAsync(editor, id, "Trả lại.", "*")).AssertProblemAsync(409);
        Assert.Equal(0, await NoteCountInDbAsync(id));
    }

    [Fact]
    public async Task Returning_without_If_Match_is_a_428_and_with_a_stale_one_a_412()
    {
        using var author = await app.UserAsync("author");
        using var editor = await app.UserAsync("editor");
        var id = await SubmittedAsync(author, "Bài trả lại cần phiên bản");
        var stale = await ETagAsync(editor, id);
        var etag = (await author.PutRawAsync($"{Articles}/{id}", Samples.Article("Bài trả lại cần phiên bản, đã sửa"), stale)).Headers.ETag!.Tag;

        await (await ReturnAsync(editor, id, "Trả lại.", null)).AssertProblemAsync(428);
        await (await ReturnAsync(editor, id, "Trả lại.", stale)).AssertProblemAsync(412);
        Assert.Equal(("InReview", 0), (await StatusInDbAsync(id), await NoteCountInDbAsync(id)));
        Assert.Equal(200, (int)(await ReturnAsync(editor, id, "Trả lại.", etag)).StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  \t ")]
    public async Task Returning_without_a_reason_is_a_400_naming_reason(string? reason)
    {
        using var author = await app.UserAsync("author");
        using var editor = await app.UserAsync("editor");
        var id = await SubmittedAsync(author, "Bài trả lại thiếu lý do");

        Assert.Equal(["reason"], await (await ReturnAsync(editor, id, reason, "*")).AssertValidationErrorsAsync());
        Assert.Equal("InReview", await StatusInDbAsync(id));
    }

    // --- What the author sees ---------------------------------------------------------------

    [Fact]
    public async Task The_author_finds_the_reason_and_the_note_count_in_their_list()
    {
        using var author = await app.UserAsync("author");
        var (editor, editorName) = await NamedUserAsync("editor", "Nguyễn Duyệt");
        using var _ = editor;
        var id = await SubmittedAsync(author, "Bài trong danh sách bị trả lại");
        await NoteAsync(author, id, "Em gửi anh duyệt.");
        await ReturnAsync(editor, id, "Ảnh bìa chưa có chú thích.", "*");

        var row = (await author.GetBodyAsync<PageBody<NotedRowBody>>(Articles)).Items.Single(r => r.Id == id);

        Assert.Equal(("draft", 2, "Ảnh bìa chưa có chú thích.", editorName, "Nguyễn Duyệt"),
            (row.Status, row.NoteCount, row.ReturnedReason, row.ReturnedBy, row.ReturnedByName));
        Assert.NotNull(row.ReturnedAt);
    }

    [Fact]
    public async Task The_latest_reason_shows_and_none_once_the_author_hands_the_item_in_again()
    {
        using var author = await app.UserAsync("author");
        using var editor = await app.UserAsync("editor");
        var id = await SubmittedAsync(author, "Bài bị trả lại hai lần");
        await ReturnAsync(editor, id, "Lần một.", "*");
        await author.PostJsonAsync($"{Articles}/{id}/submit", new { });
        await ReturnAsync(editor, id, "Lần hai.", "*");

        var returned = (await author.GetBodyAsync<PageBody<NotedRowBody>>(Articles)).Items.Single(r => r.Id == id);
        await author.PostJsonAsync($"{Articles}/{id}/submit", new { });
        var resubmitted = (await author.GetBodyAsync<PageBody<NotedRowBody>>(Articles)).Items.Single(r => r.Id == id);

        Assert.Equal("Lần hai.", returned.ReturnedReason);
        Assert.Equal((null, 2), (resubmitted.ReturnedReason, resubmitted.NoteCount));
    }

    [Fact]
    public async Task The_author_opening_a_returned_item_reads_the_reason_with_its_notes()
    {
        using var author = await app.UserAsync("author");
        var (editor, editorName) = await NamedUserAsync("editor", "Phạm Thư Ký");
        using var _ = editor;
        var id = await SubmittedAsync(author, "Bài mở ra thấy lý do");
        await ReturnAsync(editor, id, "Viết lại đoạn kết.", "*");

        var notes = await author.GetBodyAsync<NotesBody>($"{Articles}/{id}/notes");

        Assert.Equal(("Viết lại đoạn kết.", editorName, "Phạm Thư Ký"), (notes.Returned?.Reason, notes.Returned?.By, notes.Returned?.ByName));
        Assert.Equal("returned", Assert.Single(notes.Items).Kind);
    }

    [Fact]
    public async Task An_item_never_returned_has_no_reason_and_counts_no_notes()
    {
        using var author = await app.UserAsync("author");
        var id = await DraftAsync(author, "Bài chưa có ghi chú");

        var row = (await author.GetBodyAsync<PageBody<NotedRowBody>>(Articles)).Items.Single(r => r.Id == id);
        var notes = await author.GetBodyAsync<NotesBody>($"{Articles}/{id}/notes");

        Assert.Equal((0, null), (row.NoteCount, row.ReturnedReason));
        Assert.Null(notes.Returned);
        Assert.Empty(notes.Items);
    }

    // --- Readers ------------------------------------------------------------------------------

    [Fact]
    public async Task The_public_api_never_shows_notes()
    {
        using var editor = await app.UserAsync("editor");
        using var reader = app.Anonymous();
        var id = await DraftAsync(editor, "Bài công khai có ghi chú nội bộ");
        await NoteAsync(editor, id, "Ghi chú nội bộ tuyệt mật.");
        await editor.PostJsonAsync($"{Articles}/{id}/publish", new { });

        var item = await reader.GetStringAsync($"/api/v1/articles/{id}", Ct);
        var list = await reader.GetStringAsync("/api/v1/articles", Ct);
        var notes = await reader.GetAsync($"/api/v1/articles/{id}/notes", Ct);
        var managed = await reader.GetAsync($"{Articles}/{id}/notes", Ct);

        Assert.Contains("Bài công khai có ghi chú nội bộ", list, StringComparison.Ordinal);
        foreach (var body in new[] { item, list })
        {
            Assert.DoesNotContain("tuyệt mật", body, StringComparison.Ordinal);
            Assert.DoesNotContain("note", body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("returned", body, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Equal(404, (int)notes.StatusCode);
        Assert.Equal(401, (int)managed.StatusCode);
    }

    // --- Helpers ------------------------------------------------------------------------------

    private async Task<(HttpClient Client, string UserName)> NamedUserAsync(string role, string displayName)
    {
        var userName = $"{role}-{Guid.NewGuid():N}"[..24];
        var password = "pw-" + Guid.NewGuid().ToString("N");
        using (var admin = await app.EditorAsync())
        {
            var created = await admin.PostAsJsonAsync("/api/v1/manage/users", new { userName, password, role, displayName }, Ct);
            Assert.Equal(201, (int)created.StatusCode);
        }

        return (await app.SignInAsync(userName, password), userName);
    }

    private static async Task<long> DraftAsync(HttpClient client, string title) =>
        (await client.PostBodyAsync<ItemBody>(Articles, Samples.Article(title))).Id;

    private static async Task<long> SubmittedAsync(HttpClient author, string title)
    {
        var id = await DraftAsync(author, title);
        await author.PostJsonAsync($"{Articles}/{id}/submit", new { });
        return id;
    }

    private static Task<NoteBody> NoteAsync(HttpClient client, long id, string text, long? parentId = null) =>
        client.PostBodyAsync<NoteBody>($"{Articles}/{id}/notes", new { text, parentId });

    private static Task<HttpResponseMessage> ReturnAsync(HttpClient client, long id, string? reason, string? ifMatch) =>
        client.PostRawAsync($"{Articles}/{id}/return", System.Text.Json.JsonSerializer.Serialize(new { reason }), ifMatch);

    private static async Task<string> ETagAsync(HttpClient client, long id) =>
        (await client.GetAsync($"{Articles}/{id}", Ct)).Headers.ETag!.Tag;

    private Task<int> NoteCountInDbAsync(long id) => app.DbAsync(db => db.ContentNotes.CountAsync(n => n.ContentId == id, Ct));

    private Task<string> StatusInDbAsync(long id) =>
        app.DbAsync(async db => (await db.ContentItems.AsNoTracking().SingleAsync(c => c.Id == id, Ct)).Status.ToString());
}
