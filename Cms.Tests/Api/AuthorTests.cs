using System.Net.Http.Json;
using Cms.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Cms.Tests.Api;

/// <summary>
/// Authors (tác giả): people bylines name, with their own records and pages; items credit them
/// in order, each with a role ("Bài và ảnh: Lê Vũ"), beside the free-text byline imported
/// stories keep.
/// </summary>
public sealed class AuthorTests(CmsApp app) : IClassFixture<CmsApp>
{
    private const string Decomposed = "Le\u0302\u0301 Vu\u0303"; // "Lế Vũ" as macOS may send it

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<AuthorBody> NewAuthorAsync(HttpClient editor, object request) =>
        editor.PostBodyAsync<AuthorBody>("/api/v1/manage/authors", request);

    private static string Unique(string stem) => $"{stem} {Guid.NewGuid().ToString("N")[..6]}";

    private static Dictionary<string, object?> Credited(string title, params (int AuthorId, string Role)[] credits) =>
        Samples.Article(title).WithCredits(credits);

    private static async Task<ItemBody> PublishedAsync(HttpClient editor, Dictionary<string, object?> request) =>
        (await editor.PublishedAsync("articles", request)).As<ItemBody>();

    private Task<int> AuthorCountAsync() => app.DbAsync(db => db.Authors.CountAsync(Ct));

    private Task<int> ItemCountAsync() => app.DbAsync(db => db.ContentItems.CountAsync(Ct));

    // --- Author records -------------------------------------------------------------------

    [Fact]
    public async Task A_new_author_is_stored_in_NFC_with_a_slug_made_from_the_name()
    {
        using var editor = await app.EditorAsync();

        var author = await NewAuthorAsync(editor, new { name = Decomposed, title = "Phóng viên", bio = "Viết về nông nghiệp." });

        Assert.Equal("Lế Vũ", author.Name);
        Assert.True(author.Name.IsNormalized(System.Text.NormalizationForm.FormC));
        Assert.StartsWith("le-vu", author.Slug, StringComparison.Ordinal);
        Assert.Equal("Phóng viên", author.Title);
        var read = await editor.GetAsync($"/api/v1/manage/authors/{author.Id}", Ct);
        Assert.Equal($"\"{author.Version}\"", read.Headers.ETag?.Tag);
    }

    [Fact]
    public async Task A_second_author_of_the_same_name_gets_a_numbered_slug_and_a_taken_slug_asked_for_is_409()
    {
        using var editor = await app.EditorAsync();
        var name = Unique("Nguyễn Văn An");

        var first = await NewAuthorAsync(editor, new { name });
        var second = await NewAuthorAsync(editor, new { name });
        var taken = await editor.PostAsJsonAsync("/api/v1/manage/authors", new { name = "Khác", slug = first.Slug }, Ct);

        Assert.Equal(first.Slug + "-2", second.Slug);
        await taken.AssertProblemAsync(409);
    }

    [Fact]
    public async Task The_public_author_page_names_the_author_and_an_unknown_slug_is_a_404_problem()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var author = await NewAuthorAsync(editor, new { name = Unique("Trần Thị Bích"), title = "Biên tập viên", bio = "Hai mươi năm làm báo." });

        var page = await reader.GetJsonAsync($"/api/v1/authors/{author.Slug}");
        var unknown = await reader.GetAsync("/api/v1/authors/khong-co-ai", Ct);

        Assert.Equal(author.Name, (string?)page["name"]);
        Assert.Equal("Biên tập viên", (string?)page["title"]);
        Assert.Equal("Hai mươi năm làm báo.", (string?)page["bio"]);
        Assert.Null(page["userId"]); // the staff link is the newsroom's business
        await unknown.AssertProblemAsync(404);
    }

    [Fact]
    public async Task The_newsroom_finds_an_author_by_part_of_the_name_without_tone_marks()
    {
        using var editor = await app.EditorAsync();
        var name = Unique("Lâm Tấn Hòa");
        var author = await NewAuthorAsync(editor, new { name });

        var found = await editor.GetBodyAsync<PageBody<AuthorBody>>($"/api/v1/manage/authors?q={Uri.EscapeDataString("lam tan hoa " + name[^6..])}");

        Assert.Equal([author.Id], found.Items.Select(a => a.Id));
    }

    [Fact]
    public async Task An_author_linked_to_an_unknown_account_is_400_and_to_another_authors_account_409()
    {
        using var editor = await app.EditorAsync();
        using (await app.UserAsync("author", "linked.reporter"))
        {
        }

        var userId = (await editor.GetBodyAsync<List<UserBody>>("/api/v1/manage/users")).Single(u => u.UserName == "linked.reporter").Id;
        await NewAuthorAsync(editor, new { name = Unique("Phóng viên A"), userId });
        var before = await AuthorCountAsync();

        var unknown = await editor.PostAsJsonAsync("/api/v1/manage/authors", new { name = "Phóng viên B", userId = 987654 }, Ct);
        var twice = await editor.PostAsJsonAsync("/api/v1/manage/authors", new { name = "Phóng viên C", userId }, Ct);

        Assert.Equal(["userId"], await unknown.AssertValidationErrorsAsync());
        await twice.AssertProblemAsync(409);
        Assert.Equal(before, await AuthorCountAsync());
    }

    [Fact]
    public async Task Updating_an_author_needs_the_current_version()
    {
        using var editor = await app.EditorAsync();
        var author = await NewAuthorAsync(editor, new { name = Unique("Hồ Thu") });
        var url = $"/api/v1/manage/authors/{author.Id}";

        var missing = await editor.PutRawAsync(url, new { name = "Hồ Thu Hà" });
        var updated = await editor.PutRawAsync(url, new { name = "Hồ Thu Hà", title = "Phóng viên ảnh" }, $"\"{author.Version}\"");
        var stale = await editor.PutRawAsync(url, new { name = "Hồ Thu Hương" }, $"\"{author.Version}\"");

        await missing.AssertProblemAsync(428);
        Assert.Equal(200, (int)updated.StatusCode);
        Assert.Equal("Phóng viên ảnh", (await updated.BodyAsync<AuthorBody>()).Title);
        Assert.Equal(author.Slug, (await updated.BodyAsync<AuthorBody>()).Slug); // renamed, the page stays where it was
        await stale.AssertProblemAsync(412);
    }

    // --- Credits on items -----------------------------------------------------------------

    [Fact]
    public async Task An_item_carries_its_credits_in_order_with_roles_for_the_newsroom_and_for_readers()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var writer = await NewAuthorAsync(editor, new { name = Unique("Lê Vũ"), title = "Phóng viên" });
        var translator = await NewAuthorAsync(editor, new { name = Unique("Đỗ Minh") });

        var item = await PublishedAsync(editor, Credited("Lúa mùa bội thu", (writer.Id, "text"), (writer.Id, "photo"), (translator.Id, "translation")));
        var managed = await editor.GetBodyAsync<ItemBody>($"/api/v1/manage/articles/{item.Id}");
        var published = await reader.GetBodyAsync<ItemBody>($"/api/v1/articles/{item.Id}");
        var listed = (await reader.GetBodyAsync<PageBody<ItemBody>>("/api/v1/articles?pageSize=100")).Items.Single(i => i.Id == item.Id);

        (string, string)[] expected = [(writer.Slug, "text"), (writer.Slug, "photo"), (translator.Slug, "translation")];
        Assert.Equal(expected, managed.Credits.Select(c => (c.Author.Slug, c.Role)));
        Assert.Equal(expected, published.Credits.Select(c => (c.Author.Slug, c.Role)));
        Assert.Equal(expected, listed.Credits.Select(c => (c.Author.Slug, c.Role)));
        Assert.Equal(new AuthorRefBody(writer.Id, writer.Name, writer.Slug, "Phóng viên"), published.Credits[0].Author);
    }

    [Fact]
    public async Task Crediting_an_unknown_author_is_400_on_that_credit_and_stores_nothing()
    {
        using var editor = await app.EditorAsync();
        var known = await NewAuthorAsync(editor, new { name = Unique("Có Thật") });
        var items = await ItemCountAsync();

        var response = await editor.PostAsJsonAsync("/api/v1/manage/articles", Credited("Bài lạ", (known.Id, "text"), (987654, "photo")), Ct);

        Assert.Equal(["credits[1].authorId"], await response.AssertValidationErrorsAsync());
        Assert.Equal(items, await ItemCountAsync());
    }

    [Fact]
    public async Task A_credit_with_an_unknown_role_is_400()
    {
        using var editor = await app.EditorAsync();
        var known = await NewAuthorAsync(editor, new { name = Unique("Vai Trò") });

        var response = await editor.PostAsJsonAsync("/api/v1/manage/articles", Credited("Bài lạ", (known.Id, "singer")), Ct);

        await response.AssertProblemAsync(400);
    }

    [Fact]
    public async Task Credits_are_reordered_replaced_kept_when_not_sent_and_cleared_by_an_empty_list()
    {
        using var editor = await app.EditorAsync();
        var a = await NewAuthorAsync(editor, new { name = Unique("Người A") });
        var b = await NewAuthorAsync(editor, new { name = Unique("Người B") });
        var created = await editor.PostBodyAsync<ItemBody>("/api/v1/manage/articles", Credited("Thứ tự", (a.Id, "text"), (b.Id, "photo")));
        var url = $"/api/v1/manage/articles/{created.Id}";

        var swapped = await (await editor.PutRawAsync(url, Credited("Thứ tự", (b.Id, "photo"), (a.Id, "text")), "*")).BodyAsync<ItemBody>();
        var untouched = Samples.Article("Thứ tự");
        var kept = await (await editor.PutRawAsync(url, untouched, "*")).BodyAsync<ItemBody>();
        untouched["credits"] = Array.Empty<object>();
        var cleared = await (await editor.PutRawAsync(url, untouched, "*")).BodyAsync<ItemBody>();

        Assert.Equal([b.Id, a.Id], swapped.Credits.Select(c => c.Author.Id));
        Assert.Equal([b.Id, a.Id], kept.Credits.Select(c => c.Author.Id));
        Assert.Empty(cleared.Credits);
        Assert.Equal(0, await app.DbAsync(db => db.ContentCredits.CountAsync(c => c.ContentId == created.Id, Ct)));
    }

    [Fact]
    public async Task A_restored_revision_brings_back_its_credits()
    {
        using var editor = await app.EditorAsync();
        var a = await NewAuthorAsync(editor, new { name = Unique("Người Cũ") });
        var created = await editor.PostBodyAsync<ItemBody>("/api/v1/manage/articles", Credited("Lịch sử", (a.Id, "text")));
        var first = (await editor.GetBodyAsync<PageBody<RevisionIdBody>>($"/api/v1/manage/articles/{created.Id}/revisions")).Items.Single().Id;
        var cleared = Credited("Lịch sử");
        await editor.PutRawAsync($"/api/v1/manage/articles/{created.Id}", cleared, "*");

        var restored = await editor.SendAsync(HttpExtensions.Request(HttpMethod.Post, $"/api/v1/manage/articles/{created.Id}/revisions/{first}/restore", "{}", "*"), Ct);

        Assert.Equal(200, (int)restored.StatusCode);
        Assert.Equal([a.Id], (await restored.BodyAsync<ItemBody>()).Credits.Select(c => c.Author.Id));
    }

    [Fact]
    public async Task A_published_working_copy_brings_its_credits()
    {
        using var editor = await app.EditorAsync();
        var a = await NewAuthorAsync(editor, new { name = Unique("Người Sửa") });
        var item = await PublishedAsync(editor, Credited("Bản nháp"));

        var saved = await editor.PutRawAsync($"/api/v1/manage/articles/{item.Id}/draft", Credited("Bản nháp", (a.Id, "video")));
        var published = await editor.SendAsync(HttpExtensions.Request(HttpMethod.Post, $"/api/v1/manage/articles/{item.Id}/draft/publish", "{}"), Ct);

        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync(Ct));
        Assert.Equal(200, (int)published.StatusCode);
        Assert.Equal([(a.Id, "video")], (await published.BodyAsync<ItemBody>()).Credits.Select(c => (c.Author.Id, c.Role)));
    }

    // --- Author pages -----------------------------------------------------------------------

    [Fact]
    public async Task An_authors_page_lists_their_published_items_newest_first_in_numbered_pages_and_never_drafts()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var author = await NewAuthorAsync(editor, new { name = Unique("Tác Giả Trang") });
        var ids = new List<long>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add((await PublishedAsync(editor, Credited($"Bài số {i}", (author.Id, "text"), (author.Id, "photo")))).Id);
            app.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        await editor.PostBodyAsync<ItemBody>("/api/v1/manage/articles", Credited("Bản nháp chưa đăng", (author.Id, "text")));

        var first = await reader.GetBodyAsync<PageBody<ItemBody>>($"/api/v1/authors/{author.Slug}/items?pageSize=2");
        var second = await reader.GetBodyAsync<PageBody<ItemBody>>($"/api/v1/authors/{author.Slug}/items?pageSize=2&page=2");
        var unknown = await reader.GetAsync("/api/v1/authors/khong-co-ai/items", Ct);

        Assert.Equal((3, 2), (first.TotalItems!.Value, first.TotalPages!.Value));
        Assert.Equal([ids[2], ids[1]], first.Items.Select(i => i.Id));
        Assert.Equal([ids[0]], second.Items.Select(i => i.Id));
        await unknown.AssertProblemAsync(404);
    }

    [Fact]
    public async Task An_authors_items_read_with_cursors_are_the_numbered_pages_items()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var author = await NewAuthorAsync(editor, new { name = Unique("Tác Giả Dòng") });
        for (var i = 0; i < 5; i++)
        {
            await PublishedAsync(editor, Credited($"Dòng {i}", (author.Id, "text")));
        }

        var numbered = await reader.GetBodyAsync<PageBody<ItemBody>>($"/api/v1/authors/{author.Slug}/items?pageSize=100");
        var streamed = new List<long>();
        var page = await reader.GetBodyAsync<PageBody<ItemBody>>($"/api/v1/authors/{author.Slug}/items?pageSize=2");
        streamed.AddRange(page.Items.Select(i => i.Id));
        while (page.NextCursor is { } next)
        {
            page = await reader.GetBodyAsync<PageBody<ItemBody>>($"/api/v1/authors/{author.Slug}/items?pageSize=2&after={next}");
            streamed.AddRange(page.Items.Select(i => i.Id));
        }

        var both = await reader.GetAsync($"/api/v1/authors/{author.Slug}/items?page=2&after={Uri.EscapeDataString("x")}", Ct);
        Assert.Equal(numbered.Items.Select(i => i.Id), streamed);
        Assert.Equal(5, streamed.Count);
        await both.AssertProblemAsync(400);
    }

    [Fact]
    public async Task A_renamed_author_reads_the_new_way_on_their_items_at_once_with_a_new_etag()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var author = await NewAuthorAsync(editor, new { name = Unique("Tên Cũ") });
        var item = await PublishedAsync(editor, Credited("Bài đổi tên", (author.Id, "text")));
        var before = await reader.GetAsync($"/api/v1/articles/{item.Id}", Ct);
        await reader.GetAsync($"/api/v1/authors/{author.Slug}/items", Ct); // cached now

        await editor.PutRawAsync($"/api/v1/manage/authors/{author.Id}", new { name = "Tên Mới" }, "*");
        var after = await reader.GetAsync($"/api/v1/articles/{item.Id}", Ct);
        var listed = await reader.GetBodyAsync<PageBody<ItemBody>>($"/api/v1/authors/{author.Slug}/items");

        Assert.Equal("Tên Mới", (await after.BodyAsync<ItemBody>()).Credits.Single().Author.Name);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        Assert.Equal("Tên Mới", listed.Items.Single().Credits.Single().Author.Name);
    }

    [Fact]
    public async Task Renaming_an_author_lists_their_items_in_the_changes_feed_a_new_bio_does_not()
    {
        using var editor = await app.EditorAsync();
        var author = await NewAuthorAsync(editor, new { name = Unique("Đổi Tên Feed") });
        var item = await PublishedAsync(editor, Credited("Bài theo dõi", (author.Id, "text")));
        Task<int> LoggedAsync() => app.DbAsync(db => db.Set<Cms.Infrastructure.Changes.ContentChange>().CountAsync(c => c.ContentId == item.Id, Ct));
        var before = await LoggedAsync();

        await editor.PutRawAsync($"/api/v1/manage/authors/{author.Id}", new { name = author.Name, bio = "Tiểu sử mới" }, "*");
        var afterBio = await LoggedAsync();
        await editor.PutRawAsync($"/api/v1/manage/authors/{author.Id}", new { name = author.Name + " B", bio = "Tiểu sử mới" }, "*");

        Assert.Equal(before, afterBio);
        Assert.Equal(before + 1, await LoggedAsync());
    }

    [Fact]
    public async Task A_credited_author_cannot_be_deleted_an_uncredited_one_can()
    {
        using var editor = await app.EditorAsync();
        var credited = await NewAuthorAsync(editor, new { name = Unique("Còn Tên") });
        var free = await NewAuthorAsync(editor, new { name = Unique("Hết Việc") });
        await editor.PostBodyAsync<ItemBody>("/api/v1/manage/articles", Credited("Giữ tên", (credited.Id, "text")));

        var refused = await editor.SendAsync(HttpExtensions.Request(HttpMethod.Delete, $"/api/v1/manage/authors/{credited.Id}", null, "*"), Ct);
        var deleted = await editor.SendAsync(HttpExtensions.Request(HttpMethod.Delete, $"/api/v1/manage/authors/{free.Id}", null, $"\"{free.Version}\""), Ct);

        await refused.AssertProblemAsync(409);
        Assert.Equal(204, (int)deleted.StatusCode);
        Assert.Equal(404, (int)(await editor.GetAsync($"/api/v1/manage/authors/{free.Id}", Ct)).StatusCode);
        Assert.Equal(200, (int)(await editor.GetAsync($"/api/v1/manage/authors/{credited.Id}", Ct)).StatusCode);
    }

    [Fact]
    public async Task Authors_may_read_the_list_to_credit_themselves_but_not_create_authors()
    {
        using var author = await app.UserAsync("author");

        var list = await author.GetAsync("/api/v1/manage/authors", Ct);
        var create = await author.PostAsJsonAsync("/api/v1/manage/authors", new { name = "Tự tạo" }, Ct);

        Assert.Equal(200, (int)list.StatusCode);
        await create.AssertProblemAsync(403);
    }
}
