using System.Net;
using System.Net.Http.Json;
using Cms.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Cms.Tests.Api;

/// <summary>
/// Preview links: an editor makes a signed link to an unpublished item, and anyone holding it
/// sees the item in its public shape, the version current when they open it, until the link
/// expires or is revoked; never cached, indexed or counted, and never in a public list. One
/// behaviour per test; each test writes its own items.
/// </summary>
public sealed class PreviewLinkTests(CmsApp app) : IClassFixture<CmsApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // --- What a link shows ----------------------------------------------------------------------

    [Fact]
    public async Task A_link_to_a_draft_shows_it_to_anyone_in_the_public_shape_of_its_type()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var draft = await editor.PostBodyAsync<ItemBody>("/api/v1/manage/articles", Samples.Article("Dự thảo nghị quyết Đại hội"));

        var link = await CreateAsync(editor, "articles", draft.Id);
        var preview = await reader.GetBodyAsync<PreviewBody>($"/api/v1/preview/{link.Token}");

        Assert.NotNull(preview.Article);
        Assert.Null(preview.Interview);
        Assert.Null(preview.Video);
        Assert.Equal("article", preview.Article.Type);
        Assert.Equal("Dự thảo nghị quyết Đại hội", preview.Article.Title);
        Assert.Equal("<p>Sáng nay, UBND tỉnh Sóc Trăng tổ chức hội nghị.</p>", preview.Article.Body);
        Assert.Equal("draft", preview.Article.Status);
        Assert.Null(preview.Article.CreatedBy); // the public shape: no account names
        Assert.Equal(link.ExpiresAt, preview.ExpiresAt);
    }

    [Fact]
    public async Task Making_a_link_answers_201_with_the_public_sites_address_its_token_expiry_and_maker()
    {
        using var editor = await app.EditorAsync();
        var draft = await editor.PostBodyAsync<ItemBody>("/api/v1/manage/articles", Samples.Article("Bài có liên kết xem trước"));

        var response = await editor.PostAsJsonAsync($"/api/v1/manage/articles/{draft.Id}/preview-links", new { }, Ct);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var link = await response.BodyAsync<PreviewLinkBody>();
        Assert.Equal($"http://localhost:5173/xem-truoc/{link.Token}", link.Url);
        Assert.Matches("^[A-Za-z0-9_-]{64}$", link.Token);
        Assert.Equal(app.Clock.GetUtcNow().AddHours(48), link.ExpiresAt, TimeSpan.FromSeconds(1));
        Assert.Equal(CmsApp.AdminUser, link.CreatedBy);
        Assert.Equal("active", link.State);
        Assert.Equal(draft.Id, link.ContentId);
    }

    [Fact]
    public async Task ValidHours_sets_how_long_a_link_works_within_the_configured_bound()
    {
        using var editor = await app.EditorAsync();
        var draft = await editor.PostBodyAsync<ItemBody>("/api/v1/manage/articles", Samples.Article("Bài xem trước ngắn hạn"));

        var shortLink = await editor.PostBodyAsync<PreviewLinkBody>($"/api/v1/manage/articles/{draft.Id}/preview-links", new { validHours = 2 });
        var tooLong = await editor.PostAsJsonAsync($"/api/v1/manage/articles/{draft.Id}/preview-links", new { validHours = 24 * 7 + 1 }, Ct);

        Assert.Equal(app.Clock.GetUtcNow().AddHours(2), shortLink.ExpiresAt, TimeSpan.FromSeconds(1));
        Assert.Equal(["validHours"], await tooLong.AssertValidationErrorsAsync());
        Assert.Single(await LinksAsync(editor, "articles", draft.Id));
    }

    [Fact]
    public async Task A_link_shows_the_working_copy_as_it_stands_when_opened_while_the_live_item_stays()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var live = (await editor.PublishedAsync("articles", Samples.Article("Bản đang đăng"))).As<ItemBody>();
        var link = await CreateAsync(editor, "articles", live.Id);

        await SaveCopyAsync(editor, live.Id, "Bản sửa thứ nhất", "<p>Nội dung sửa lần một.</p>");
        var first = await reader.GetBodyAsync<PreviewBody>($"/api/v1/preview/{link.Token}");
        await SaveCopyAsync(editor, live.Id, "Bản sửa thứ hai", "<p>Nội dung sửa lần hai.</p>");
        var second = await reader.GetBodyAsync<PreviewBody>($"/api/v1/preview/{link.Token}");

        Assert.Equal("Bản sửa thứ nhất", first.Article!.Title);
        Assert.Equal("Bản sửa thứ hai", second.Article!.Title);
        Assert.Equal("<p>Nội dung sửa lần hai.</p>", second.Article.Body);
        Assert.Equal("Bản đang đăng", (await reader.GetBodyAsync<ItemBody>($"/api/v1/articles/{live.Id}")).Title);
    }

    [Fact]
    public async Task A_working_copy_is_sanitized_in_the_preview_as_it_would_be_when_published()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var live = (await editor.PublishedAsync("articles", Samples.Article("Bản có mã độc trong bản sửa"))).As<ItemBody>();
        var link = await CreateAsync(editor, "articles", live.Id);

        await SaveCopyAsync(editor, live.Id, "Bản sửa có mã độc", "<p>Chữ</p><script>alert(1)</script>");
        var preview = await reader.GetBodyAsync<PreviewBody>($"/api/v1/preview/{link.Token}");

        Assert.Equal("<p>Chữ</p>", preview.Article!.Body);
    }

    [Fact]
    public async Task A_working_copy_whose_section_was_deleted_since_is_shown_without_a_section()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var live = (await editor.PublishedAsync("articles", Samples.Article("Bản đăng trước khi đổi chuyên mục"))).As<ItemBody>();
        var section = await editor.PostBodyAsync<SectionBody>("/api/v1/manage/categories", new { name = "Chuyên mục sắp bị xóa" });
        var link = await CreateAsync(editor, "articles", live.Id);
        var request = Samples.Article("Bản sửa trong chuyên mục đã xóa");
        request["categoryId"] = section.Id;
        Assert.True((await editor.PutRawAsync($"/api/v1/manage/articles/{live.Id}/draft", request)).IsSuccessStatusCode);
        using var delete = HttpExtensions.Request(HttpMethod.Delete, $"/api/v1/manage/categories/{section.Id}", null, "*");
        Assert.True((await editor.SendAsync(delete, Ct)).IsSuccessStatusCode);

        var preview = await reader.GetBodyAsync<PreviewBody>($"/api/v1/preview/{link.Token}");

        Assert.Equal("Bản sửa trong chuyên mục đã xóa", preview.Article!.Title);
        Assert.Null(preview.Article.Category);
    }

    [Fact]
    public async Task Interviews_and_videos_are_shown_in_their_own_public_shapes()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var interview = await editor.PostBodyAsync<ItemBody>("/api/v1/manage/interviews", Samples.Interview("Phỏng vấn chờ duyệt"));
        var video = await editor.PostBodyAsync<ItemBody>("/api/v1/manage/videos", Samples.Video("Phim chờ duyệt"));

        var interviewPreview = await reader.GetJsonAsync($"/api/v1/preview/{(await CreateAsync(editor, "interviews", interview.Id)).Token}");
        var videoPreview = await reader.GetJsonAsync($"/api/v1/preview/{(await CreateAsync(editor, "videos", video.Id)).Token}");

        Assert.Equal("interview", (string?)interviewPreview["interview"]!["type"]);
        Assert.Equal("Nguyễn Văn Quận", (string?)interviewPreview["interview"]!["interviewee"]!["name"]);
        Assert.Equal(2, interviewPreview["interview"]!["exchanges"]!.AsArray().Count);
        Assert.Equal("video", (string?)videoPreview["video"]!["type"]);
        Assert.Equal("dQw4w9WgXcQ", (string?)videoPreview["video"]!["source"]!["value"]);
    }

    [Fact]
    public async Task The_preview_is_private_uncached_and_not_indexed()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var draft = await editor.PostBodyAsync<ItemBody>("/api/v1/manage/articles", Samples.Article("Bài không được lưu đệm"));
        var link = await CreateAsync(editor, "articles", draft.Id);

        var response = await reader.GetAsync($"/api/v1/preview/{link.Token}", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("private, no-store", response.Headers.NonValidated["Cache-Control"].ToString());
        Assert.Equal(["noindex"], response.Headers.GetValues("X-Robots-Tag"));
        Assert.Null(response.Headers.ETag);
    }

    // --- When a link does not work --------------------------------------------------------------

    [Fact]
    public async Task An_expired_link_is_a_410_saying_it_expired()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var draft = await editor.PostBodyAsync<ItemBody>("/api/v1/manage/articles", Samples.Article("Bài có liên kết hết hạn"));
        var link = await CreateAsync(editor, "articles", draft.Id);
        var past = app.Clock.GetUtcNow().AddMinutes(-1);
        await app.DbAsync(db => db.Database.ExecuteSqlInterpolatedAsync($"UPDATE preview_links SET expires_at = {past} WHERE id = {link.Id}", Ct));

        var response = await reader.GetAsync($"/api/v1/preview/{link.Token}", Ct);

        var problem = await response.AssertProblemAsync(410);
        Assert.Contains("expired", problem.Title, StringComparison.Ordinal);
        Assert.Equal("expired", (await ReadGoneAsync(response)).Reason);
        Assert.Equal("expired", (await LinksAsync(editor, "articles", draft.Id)).Single().State);
    }

    [Fact]
    public async Task A_revoked_link_is_a_410_saying_it_was_withdrawn_and_revoking_again_is_harmless()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var draft = await editor.PostBodyAsync<ItemBody>("/api/v1/manage/articles", Samples.Article("Bài có liên kết bị thu hồi"));
        var link = await CreateAsync(editor, "articles", draft.Id);

        var revoked = await editor.DeleteAsync($"/api/v1/manage/articles/{draft.Id}/preview-links/{link.Id}", Ct);
        var again = await editor.DeleteAsync($"/api/v1/manage/articles/{draft.Id}/preview-links/{link.Id}", Ct);
        var response = await reader.GetAsync($"/api/v1/preview/{link.Token}", Ct);

        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, again.StatusCode);
        var problem = await response.AssertProblemAsync(410);
        Assert.Contains("withdrawn", problem.Title, StringComparison.Ordinal);
        Assert.Equal("revoked", (await ReadGoneAsync(response)).Reason);
        var listed = (await LinksAsync(editor, "articles", draft.Id)).Single();
        Assert.Equal(("revoked", CmsApp.AdminUser), (listed.State, listed.RevokedBy));
    }

    [Fact]
    public async Task A_tampered_token_is_a_404_even_when_it_names_a_real_link()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var draft = await editor.PostBodyAsync<ItemBody>("/api/v1/manage/articles", Samples.Article("Bài có liên kết bị sửa"));
        var link = await CreateAsync(editor, "articles", draft.Id);
        var tampered = link.Token[..^1] + (link.Token[^1] == 'A' ? 'B' : 'A'); // the signature's last character
        var otherId = link.Token[..9] + (link.Token[9] == 'A' ? 'B' : 'A') + link.Token[10..]; // the id's bytes, signature kept

        foreach (var token in new[] { tampered, otherId, "khong-phai-lien-ket", new string('A', 64) })
        {
            var response = await reader.GetAsync($"/api/v1/preview/{token}", Ct);
            var problem = await response.AssertProblemAsync(404);
            Assert.DoesNotContain(token, problem.Detail ?? "", StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_link_to_a_deleted_item_is_a_404_and_goes_with_it()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var draft = await editor.PostBodyAsync<ItemBody>("/api/v1/manage/articles", Samples.Article("Bài bị xóa sau khi gửi"));
        var link = await CreateAsync(editor, "articles", draft.Id);

        using var delete = HttpExtensions.Request(HttpMethod.Delete, $"/api/v1/manage/articles/{draft.Id}", null, "*");
        Assert.Equal(HttpStatusCode.NoContent, (await editor.SendAsync(delete, Ct)).StatusCode);

        await (await reader.GetAsync($"/api/v1/preview/{link.Token}", Ct)).AssertProblemAsync(404);
        Assert.False(await app.DbAsync(db => db.PreviewLinks.AnyAsync(l => l.Id == link.Id, Ct)));
    }

    // --- Who may make, list and revoke links ----------------------------------------------------

    [Fact]
    public async Task An_author_may_share_their_own_draft_but_not_someone_elses_item()
    {
        using var editor = await app.EditorAsync();
        using var author = await app.UserAsync("author");
        var own = await author.PostBodyAsync<ItemBody>("/api/v1/manage/articles", Samples.Article("Bài của phóng viên"));
        var others = await editor.PostBodyAsync<ItemBody>("/api/v1/manage/articles", Samples.Article("Bài của biên tập viên"));
        var editorsLink = await CreateAsync(editor, "articles", others.Id);

        var ownLink = await author.PostAsJsonAsync($"/api/v1/manage/articles/{own.Id}/preview-links", new { }, Ct);
        var othersLink = await author.PostAsJsonAsync($"/api/v1/manage/articles/{others.Id}/preview-links", new { }, Ct);
        var othersList = await author.GetAsync($"/api/v1/manage/articles/{others.Id}/preview-links", Ct);
        var othersRevoke = await author.DeleteAsync($"/api/v1/manage/articles/{others.Id}/preview-links/{editorsLink.Id}", Ct);

        Assert.Equal(HttpStatusCode.Created, ownLink.StatusCode);
        await othersLink.AssertProblemAsync(403);
        await othersList.AssertProblemAsync(403);
        await othersRevoke.AssertProblemAsync(403);
        Assert.Equal("active", (await LinksAsync(editor, "articles", others.Id)).Single().State);
    }

    [Fact]
    public async Task An_editor_may_share_and_revoke_links_on_an_authors_item()
    {
        using var editor = await app.EditorAsync();
        using var author = await app.UserAsync("author");
        var authors = await author.PostBodyAsync<ItemBody>("/api/v1/manage/articles", Samples.Article("Bài phóng viên gửi duyệt"));
        var authorsLink = await CreateAsync(author, "articles", authors.Id);

        var editorsLink = await CreateAsync(editor, "articles", authors.Id);
        var revoke = await editor.DeleteAsync($"/api/v1/manage/articles/{authors.Id}/preview-links/{authorsLink.Id}", Ct);

        Assert.Equal(HttpStatusCode.NoContent, revoke.StatusCode);
        var links = await LinksAsync(author, "articles", authors.Id);
        Assert.Equal([editorsLink.Id, authorsLink.Id], links.Select(l => l.Id)); // newest first
        Assert.Equal(["active", "revoked"], links.Select(l => l.State));
    }

    [Fact]
    public async Task Nobody_without_an_account_may_make_or_list_links()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var draft = await editor.PostBodyAsync<ItemBody>("/api/v1/manage/articles", Samples.Article("Bài chỉ tòa soạn chia sẻ được"));

        Assert.Equal(HttpStatusCode.Unauthorized, (await reader.PostAsJsonAsync($"/api/v1/manage/articles/{draft.Id}/preview-links", new { }, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await reader.GetAsync($"/api/v1/manage/articles/{draft.Id}/preview-links", Ct)).StatusCode);
    }

    [Fact]
    public async Task A_link_id_of_another_item_is_a_404_and_revokes_nothing()
    {
        using var editor = await app.EditorAsync();
        var first = await editor.PostBodyAsync<ItemBody>("/api/v1/manage/articles", Samples.Article("Bài thứ nhất có liên kết"));
        var second = await editor.PostBodyAsync<ItemBody>("/api/v1/manage/articles", Samples.Article("Bài thứ hai không liên kết"));
        var link = await CreateAsync(editor, "articles", first.Id);

        await (await editor.DeleteAsync($"/api/v1/manage/articles/{second.Id}/preview-links/{link.Id}", Ct)).AssertProblemAsync(404);

        Assert.Equal("active", (await LinksAsync(editor, "articles", first.Id)).Single().State);
    }

    // --- What a preview never does --------------------------------------------------------------

    [Fact]
    public async Task Opening_a_preview_counts_no_view()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var live = (await editor.PublishedAsync("articles", Samples.Article("Bài xem trước không tính lượt xem"))).As<ItemBody>();
        var link = await CreateAsync(editor, "articles", live.Id);

        for (var i = 0; i < 3; i++)
        {
            await reader.GetBodyAsync<PreviewBody>($"/api/v1/preview/{link.Token}");
        }

        await app.FlushAsync();
        Assert.False(await app.DbAsync(db => db.ContentViewTotals.AnyAsync(v => v.ContentId == live.Id, Ct)));
        Assert.Equal(0, (await reader.GetBodyAsync<ItemBody>($"/api/v1/articles/{live.Id}")).ViewCount);
    }

    [Fact]
    public async Task A_shared_draft_stays_out_of_public_lists_search_and_the_changes_feed()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var draft = await editor.PostBodyAsync<ItemBody>("/api/v1/manage/articles", Samples.Article("Dự thảo bí mật chờ lãnh đạo duyệt"));
        var link = await CreateAsync(editor, "articles", draft.Id);
        await reader.GetBodyAsync<PreviewBody>($"/api/v1/preview/{link.Token}");

        var articles = await reader.GetBodyAsync<PageBody<ItemBody>>("/api/v1/articles?pageSize=100");
        var content = await reader.GetBodyAsync<PageBody<ItemBody>>("/api/v1/content?pageSize=100");
        var search = await reader.GetBodyAsync<PageBody<ItemBody>>("/api/v1/search?q=" + Uri.EscapeDataString("bí mật chờ lãnh đạo"));
        var changes = await reader.GetBodyAsync<ChangesBody>("/api/v1/changes");

        Assert.DoesNotContain(articles.Items, i => i.Id == draft.Id);
        Assert.DoesNotContain(content.Items, i => i.Id == draft.Id);
        Assert.DoesNotContain(search.Items, i => i.Id == draft.Id);
        Assert.DoesNotContain(changes.Items, i => i.Id == draft.Id);
        await (await reader.GetAsync($"/api/v1/articles/{draft.Id}", Ct)).AssertProblemAsync(404);
    }

    private static Task<PreviewLinkBody> CreateAsync(HttpClient client, string route, long id) =>
        client.PostBodyAsync<PreviewLinkBody>($"/api/v1/manage/{route}/{id}/preview-links", new { });

    private static Task<List<PreviewLinkBody>> LinksAsync(HttpClient client, string route, long id) =>
        client.GetBodyAsync<List<PreviewLinkBody>>($"/api/v1/manage/{route}/{id}/preview-links");

    private static async Task SaveCopyAsync(HttpClient editor, long id, string title, string body)
    {
        var request = Samples.Article(title);
        request["body"] = body;
        var current = await editor.GetAsync($"/api/v1/manage/articles/{id}/draft", Ct);
        var saved = await editor.PutRawAsync($"/api/v1/manage/articles/{id}/draft", request, current.Headers.ETag?.Tag);
        Assert.True(saved.IsSuccessStatusCode, $"Saving the working copy answered {(int)saved.StatusCode}: {await saved.Content.ReadAsStringAsync(Ct)}");
    }

    private static async Task<GoneBody> ReadGoneAsync(HttpResponseMessage response) =>
        (await response.JsonAsync()).As<GoneBody>();
}
