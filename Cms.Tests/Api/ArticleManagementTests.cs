using System.Net.Http.Json;
using System.Text;
using Cms.Domain.Content;
using Cms.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Cms.Tests.Api;

/// <summary>
/// The newsroom writes articles: creating one makes a draft with a slug from its title, every
/// field is checked and its HTML cleaned on write, replaces and deletes need the version read
/// (If-Match), and the workflow moves the status only along allowed steps. One behaviour per
/// test; each test writes its own articles, with titles of its own.
/// </summary>
public sealed class ArticleManagementTests(CmsApp app) : IClassFixture<CmsApp>
{
    private const string Articles = "/api/v1/manage/articles";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // --- The newsroom's list ------------------------------------------------------------------

    [Fact]
    public async Task The_newsroom_list_finds_drafts_by_words_without_tone_marks()
    {
        using var author = await app.UserAsync("author");
        var wanted = await CreateAsync(author, "Đảng bộ phường 9 tổng kết năm");
        await CreateAsync(author, "Một bản nháp khác hẳn");
        using var editor = await app.EditorAsync();

        var found = await editor.GetBodyAsync<PageBody<ItemBody>>($"{Articles}?q=dang+bo+phuong&status=draft");

        Assert.Equal(wanted.Id, Assert.Single(found.Items).Id);
    }

    [Fact]
    public async Task The_newsroom_list_says_who_created_an_item_and_who_changed_it_last_and_when()
    {
        using var author = await app.UserAsync("author");
        using var editor = await app.EditorAsync();
        var item = await CreateAsync(author, "Xã Đại Tâm sơ kết quý");
        Assert.Equal(200, (int)(await editor.PutRawAsync($"{Articles}/{item.Id}", Samples.Article("Xã Đại Tâm sơ kết quý ba"), "*")).StatusCode);

        var found = await editor.GetBodyAsync<PageBody<ItemBody>>($"{Articles}?q=dai+tam+so+ket&status=draft");

        var row = Assert.Single(found.Items);
        Assert.NotNull(row.CreatedBy);
        Assert.NotEqual(row.CreatedBy, row.UpdatedBy); // created by the author, changed by the editor
        Assert.Equal(CmsApp.AdminUser, row.UpdatedBy);
        Assert.NotNull(row.UpdatedAt);
    }

    [Fact]
    public async Task The_public_lists_never_name_accounts()
    {
        using var author = await app.UserAsync("author");
        using var editor = await app.EditorAsync();
        var item = await CreateAsync(author, "Bài công khai của phóng viên");
        await editor.PostJsonAsync($"{Articles}/{item.Id}/publish", new { });

        var publicList = await app.Anonymous().GetAsync("/api/v1/articles", Ct);

        // A leak check on the raw text: a typed record would not show a field it does not name.
        Assert.DoesNotContain("updatedBy", await publicList.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_newsroom_list_shows_drafts_with_their_status_and_without_their_body()
    {
        using var editor = await app.EditorAsync();
        var draft = await CreateAsync(editor, "Bản nháp trong danh sách");

        var list = await editor.GetBodyAsync<PageBody<ItemBody>>($"{Articles}?status=draft&pageSize=100");

        var card = list.Items.Single(i => i.Id == draft.Id);
        Assert.Equal("draft", card.Status);
        Assert.Null(card.Body);
    }

    // --- Creating -----------------------------------------------------------------------------

    [Fact]
    public async Task Creating_an_article_answers_201_at_its_address_with_its_version_as_etag()
    {
        using var editor = await app.EditorAsync();

        var response = await editor.PostAsJsonAsync(Articles, Samples.Article("Bài mới có địa chỉ"), Ct);

        Assert.Equal(201, (int)response.StatusCode);
        var created = await response.BodyAsync<ItemBody>();
        Assert.Equal($"{Articles}/{created.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal(ETag(created), response.Headers.ETag?.Tag);
    }

    [Fact]
    public async Task A_created_article_is_an_unread_draft_with_a_slug_from_its_title_and_its_tags()
    {
        using var editor = await app.EditorAsync();

        var created = await CreateAsync(editor, "Năm 2024, Đảng bộ thành phố Sóc Trăng", "Sóc Trăng", "Kinh tế");

        Assert.Equal("nam-2024-dang-bo-thanh-pho-soc-trang", created.Slug);
        Assert.Equal("draft", created.Status);
        Assert.Equal("article", created.Type);
        Assert.Equal(0, created.ViewCount);
        Assert.Equal(["kinh-te", "soc-trang"], created.Tags.Select(t => t.Slug));
        var stored = await app.DbAsync(db => db.Articles.Include(a => a.Tags).SingleAsync(a => a.Id == created.Id, Ct));
        Assert.Equal(ContentStatus.Draft, stored.Status);
        Assert.Equal(2, stored.Tags.Count);
    }

    [Fact]
    public async Task A_second_article_with_the_same_title_gets_a_numbered_slug()
    {
        using var editor = await app.EditorAsync();

        var first = await CreateAsync(editor, "Hành tím Vĩnh Châu được mùa");
        var second = await CreateAsync(editor, "Hành tím Vĩnh Châu được mùa");

        Assert.Equal("hanh-tim-vinh-chau-duoc-mua", first.Slug);
        Assert.Equal("hanh-tim-vinh-chau-duoc-mua-2", second.Slug);
    }

    [Fact]
    public async Task Asking_for_a_taken_slug_is_a_conflict_that_names_it_and_creates_nothing()
    {
        using var editor = await app.EditorAsync();
        await CreateAsync(editor, "Tôm càng xanh được giá");
        var clash = Samples.Article("Another title");
        clash["slug"] = "tom-cang-xanh-duoc-gia";
        var before = await app.DbAsync(db => db.Articles.CountAsync(Ct));

        var response = await editor.PostAsJsonAsync(Articles, clash, Ct);

        var problem = await response.AssertProblemAsync(409);
        Assert.Contains("tom-cang-xanh-duoc-gia", problem.Detail, StringComparison.Ordinal);
        Assert.Equal(before, await app.DbAsync(db => db.Articles.CountAsync(Ct)));
    }

    [Fact]
    public async Task A_title_of_digits_only_gets_a_slug_that_cannot_be_mistaken_for_an_id()
    {
        using var editor = await app.EditorAsync();

        var created = await CreateAsync(editor, "2024");

        Assert.Equal("article-2024", created.Slug);
    }

    [Fact]
    public async Task Decomposed_vietnamese_is_stored_as_NFC()
    {
        using var editor = await app.EditorAsync();
        var title = "Thống kê truy cập Sóc Trăng";
        var request = Samples.Article(title.Normalize(NormalizationForm.FormD), "Đồng bào Khmer".Normalize(NormalizationForm.FormD));
        request["summary"] = "Lượt xem tăng".Normalize(NormalizationForm.FormD);

        var created = await editor.PostBodyAsync<ItemBody>(Articles, request);

        Assert.Equal(title, created.Title);
        Assert.Equal("thong-ke-truy-cap-soc-trang", created.Slug);
        var stored = await app.DbAsync(db => db.Articles.Include(a => a.Tags).SingleAsync(a => a.Id == created.Id, Ct));
        Assert.Equal(title, stored.Title);
        Assert.True(stored.Summary!.IsNormalized(NormalizationForm.FormC));
        Assert.Equal("Đồng bào Khmer", stored.Tags.Single().Name);
    }

    [Fact]
    public async Task Body_html_is_sanitized_on_write()
    {
        using var editor = await app.EditorAsync();
        var request = Samples.Article("Bài có mã độc");
        request["body"] = "<p onclick=\"steal()\">Tin <b>nóng</b></p><script>alert(1)</script><a href=\"javascript:alert(1)\">x</a>";

        var html = (await editor.PostBodyAsync<ItemBody>(Articles, request)).Body;

        Assert.Contains("<b>nóng</b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onclick", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
    }

    // --- Refused writes -----------------------------------------------------------------------

    [Theory]
    [InlineData("title", null)]
    [InlineData("title", "")]
    [InlineData("body", null)]
    [InlineData("slug", "Có Dấu")]
    [InlineData("slug", "2024")]
    [InlineData("categoryId", 0)]
    [InlineData("categoryId", 999999)]
    public async Task An_invalid_field_is_a_400_keyed_by_its_camelCase_name_and_creates_nothing(string field, object? value)
    {
        using var editor = await app.EditorAsync();
        var request = Samples.Article("Kiểm tra hợp lệ " + Guid.NewGuid().ToString("N")[..6]);
        request[field] = value;
        var before = await app.DbAsync(db => db.ContentItems.CountAsync(Ct));

        var response = await editor.PostAsJsonAsync(Articles, request, Ct);

        Assert.Contains(field, await response.AssertValidationErrorsAsync());
        Assert.Equal(before, await app.DbAsync(db => db.ContentItems.CountAsync(Ct)));
    }

    [Fact]
    public async Task A_one_letter_byline_is_valid()
    {
        using var editor = await app.EditorAsync();
        var request = Samples.Article("Bút danh một chữ");
        request["author"] = "x";

        var response = await editor.PostAsJsonAsync(Articles, request, Ct);

        Assert.Equal(201, (int)response.StatusCode);
    }

    [Fact]
    public async Task Over_long_fields_and_bad_urls_are_refused()
    {
        using var editor = await app.EditorAsync();
        var request = Samples.Article(new string('a', 301));
        request["summary"] = new string('b', 2001);
        request["author"] = new string('c', 201);
        request["coverImage"] = new { url = "ftp://example.vn/a.jpg", caption = "x" };
        request["tags"] = Enumerable.Range(0, 21).Select(i => "tag" + i).ToArray();

        var keys = await (await editor.PostAsJsonAsync(Articles, request, Ct)).AssertValidationErrorsAsync();

        Assert.Contains("title", keys);
        Assert.Contains("summary", keys);
        Assert.Contains("author", keys);
        Assert.Contains("coverImage.url", keys);
        Assert.Contains("tags", keys);
    }

    [Fact]
    public async Task Malformed_json_is_a_400_problem_that_says_so_not_a_500()
    {
        using var editor = await app.EditorAsync();

        var response = await editor.PostRawAsync(Articles, "{\"title\": \"Thiếu ngoặc\", ");

        Assert.Contains("JSON", (await response.AssertProblemAsync(400)).Detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"title\": 5, \"body\": \"<p>x</p>\"}")] // a number where text belongs
    [InlineData("")] // no body at all
    public async Task A_body_that_does_not_read_as_an_article_is_a_400_problem(string json)
    {
        using var editor = await app.EditorAsync();

        await (await editor.PostRawAsync(Articles, json)).AssertProblemAsync(400);
    }

    [Fact]
    public async Task Anonymous_callers_cannot_create_an_article()
    {
        using var anonymous = app.Anonymous();
        var before = await app.DbAsync(db => db.ContentItems.CountAsync(Ct));

        var response = await anonymous.PostAsJsonAsync(Articles, Samples.Article("Không được phép"), Ct);

        await response.AssertProblemAsync(401);
        Assert.Equal(before, await app.DbAsync(db => db.ContentItems.CountAsync(Ct)));
    }

    [Fact]
    public async Task Anonymous_callers_cannot_read_the_newsroom_list()
    {
        using var anonymous = app.Anonymous();

        Assert.Equal(401, (int)(await anonymous.GetAsync(Articles, Ct)).StatusCode);
    }

    [Fact]
    public async Task A_forged_token_cannot_create_an_article()
    {
        using var forger = app.Anonymous();
        forger.DefaultRequestHeaders.Authorization = new("Bearer", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.forged");
        var before = await app.DbAsync(db => db.ContentItems.CountAsync(Ct));

        var response = await forger.PostAsJsonAsync(Articles, Samples.Article("Giả mạo"), Ct);

        Assert.Equal(401, (int)response.StatusCode);
        Assert.Equal(before, await app.DbAsync(db => db.ContentItems.CountAsync(Ct)));
    }

    // --- Reading, replacing and deleting ------------------------------------------------------

    [Fact]
    public async Task An_article_is_read_with_its_version_as_etag()
    {
        using var editor = await app.EditorAsync();
        var created = await CreateAsync(editor, "Bài đọc lại");

        var read = await editor.GetAsync($"{Articles}/{created.Id}", Ct);

        Assert.Equal(200, (int)read.StatusCode);
        Assert.Equal(ETag(created), read.Headers.ETag?.Tag);
    }

    [Fact]
    public async Task A_replace_changes_the_fields_and_the_etag_but_keeps_the_slug()
    {
        using var editor = await app.EditorAsync();
        var created = await CreateAsync(editor, "Bài gốc");
        var etag = (await editor.GetAsync($"{Articles}/{created.Id}", Ct)).Headers.ETag!.Tag;
        var update = Samples.Article("Bài đã sửa", "Nông thôn mới");
        update["body"] = "<p>Nội dung mới</p>";

        var updated = await editor.PutRawAsync($"{Articles}/{created.Id}", update, etag);

        Assert.Equal(200, (int)updated.StatusCode);
        var body = await updated.BodyAsync<ItemBody>();
        Assert.Equal("Bài đã sửa", body.Title);
        Assert.Equal("bai-goc", body.Slug); // URLs stay stable unless a new slug is asked for
        Assert.Equal("<p>Nội dung mới</p>", body.Body);
        Assert.NotEqual(etag, updated.Headers.ETag!.Tag);
    }

    [Fact]
    public async Task A_delete_with_an_etag_from_before_a_save_is_412_and_keeps_the_article()
    {
        using var editor = await app.EditorAsync();
        var created = await CreateAsync(editor, "Bài sửa rồi mới xoá");
        Assert.Equal(200, (int)(await editor.PutRawAsync($"{Articles}/{created.Id}", Samples.Article("Bài sửa rồi mới xoá, đã sửa"), ETag(created))).StatusCode);

        var stale = await DeleteAsync(editor, created.Id, ETag(created));

        await stale.AssertProblemAsync(412);
        Assert.True(await app.DbAsync(db => db.Articles.AnyAsync(a => a.Id == created.Id, Ct)));
    }

    [Fact]
    public async Task A_delete_with_the_current_etag_removes_the_article()
    {
        using var editor = await app.EditorAsync();
        var created = await CreateAsync(editor, "Bài sẽ bị xoá");
        var saved = await editor.PutRawAsync($"{Articles}/{created.Id}", Samples.Article("Bài sẽ bị xoá, đã sửa"), ETag(created));

        var delete = await DeleteAsync(editor, created.Id, saved.Headers.ETag!.Tag);

        Assert.Equal(204, (int)delete.StatusCode);
        Assert.False(await app.DbAsync(db => db.Articles.AnyAsync(a => a.Id == created.Id, Ct)));
        await (await editor.GetAsync($"{Articles}/{created.Id}", Ct)).AssertProblemAsync(404);
    }

    [Fact]
    public async Task Saving_over_a_version_someone_else_saved_is_412_and_changes_nothing()
    {
        using var editor = await app.EditorAsync();
        var created = await CreateAsync(editor, "Hai biên tập viên");
        Assert.Equal(200, (int)(await editor.PutRawAsync($"{Articles}/{created.Id}", Samples.Article("Người thứ nhất lưu"), ETag(created))).StatusCode);

        var second = await editor.PutRawAsync($"{Articles}/{created.Id}", Samples.Article("Người thứ hai lưu"), ETag(created));

        await second.AssertProblemAsync(412);
        Assert.Equal("Người thứ nhất lưu", await TitleAsync(created.Id));
    }

    [Fact]
    public async Task An_if_match_that_is_not_an_etag_is_a_400()
    {
        using var editor = await app.EditorAsync();
        var created = await CreateAsync(editor, "Phiên bản lạ");

        var garbage = await editor.PutRawAsync($"{Articles}/{created.Id}", Samples.Article("x"), "not-an-etag");

        await garbage.AssertProblemAsync(400);
    }

    [Fact]
    public async Task A_replace_or_delete_without_if_match_is_428_and_changes_nothing()
    {
        using var editor = await app.EditorAsync();
        var created = await CreateAsync(editor, "Không ghi đè mù");

        // Without If-Match a replace or delete is refused (428): it could undo someone's edit unseen.
        await (await editor.PutRawAsync($"{Articles}/{created.Id}", Samples.Article("Ghi đè mù"))).AssertProblemAsync(428);
        await (await DeleteAsync(editor, created.Id, null)).AssertProblemAsync(428);

        Assert.Equal("Không ghi đè mù", await TitleAsync(created.Id));
    }

    [Fact]
    public async Task Changing_the_slug_to_a_taken_one_is_a_conflict()
    {
        using var editor = await app.EditorAsync();
        await CreateAsync(editor, "Slug đã có");
        var other = await CreateAsync(editor, "Bài khác");
        var update = Samples.Article("Bài khác");
        update["slug"] = "slug-da-co";

        await (await editor.PutRawAsync($"{Articles}/{other.Id}", update, "*")).AssertProblemAsync(409);
    }

    [Fact]
    public async Task Changing_the_slug_to_a_free_one_moves_the_article_there()
    {
        using var editor = await app.EditorAsync();
        var created = await CreateAsync(editor, "Bài đổi địa chỉ");
        var update = Samples.Article("Bài đổi địa chỉ");
        update["slug"] = "slug-moi-tinh";

        var moved = await (await editor.PutRawAsync($"{Articles}/{created.Id}", update, "*")).BodyAsync<ItemBody>();

        Assert.Equal("slug-moi-tinh", moved.Slug);
    }

    [Fact]
    public async Task Unknown_ids_are_404_problems_for_every_verb()
    {
        using var editor = await app.EditorAsync();

        await (await editor.GetAsync($"{Articles}/987654", Ct)).AssertProblemAsync(404);
        await (await editor.PutRawAsync($"{Articles}/987654", Samples.Article("x"), "*")).AssertProblemAsync(404);
        await (await editor.PostRawAsync($"{Articles}/987654/publish", "")).AssertProblemAsync(404);
        await (await DeleteAsync(editor, 987654, null)).AssertProblemAsync(404);
    }

    // --- The workflow -------------------------------------------------------------------------

    [Fact]
    public async Task Unpublishing_a_draft_is_a_conflict()
    {
        using var editor = await app.EditorAsync();
        var draft = await CreateAsync(editor, "Bản nháp chưa đăng");

        await (await editor.PostRawAsync($"{Articles}/{draft.Id}/unpublish", "")).AssertProblemAsync(409);
    }

    [Fact]
    public async Task Publishing_a_draft_makes_it_published()
    {
        using var editor = await app.EditorAsync();
        var draft = await CreateAsync(editor, "Bản nháp được đăng");

        var published = await editor.PostBodyAsync<ItemBody>($"{Articles}/{draft.Id}/publish", new { });

        Assert.Equal("published", published.Status);
    }

    [Fact]
    public async Task Scheduling_a_published_article_is_a_conflict()
    {
        using var editor = await app.EditorAsync();
        var published = (await editor.PublishedAsync("articles", Samples.Article("Đã đăng, không hẹn giờ nữa"))).As<ItemBody>();

        var response = await editor.PostRawAsync($"{Articles}/{published.Id}/schedule", PublishAtJson(app.Clock.GetUtcNow().AddDays(1)));

        await response.AssertProblemAsync(409);
    }

    [Fact]
    public async Task Unpublishing_a_published_article_makes_it_unpublished()
    {
        using var editor = await app.EditorAsync();
        var published = (await editor.PublishedAsync("articles", Samples.Article("Đăng rồi gỡ"))).As<ItemBody>();

        var unpublished = await editor.PostBodyAsync<ItemBody>($"{Articles}/{published.Id}/unpublish", new { });

        Assert.Equal("unpublished", unpublished.Status);
    }

    [Fact]
    public async Task An_archived_article_is_listed_as_archived()
    {
        using var editor = await app.EditorAsync();
        var published = (await editor.PublishedAsync("articles", Samples.Article("Đăng, gỡ rồi lưu trữ"))).As<ItemBody>();
        await editor.PostJsonAsync($"{Articles}/{published.Id}/unpublish", new { });

        var archived = await editor.PostBodyAsync<ItemBody>($"{Articles}/{published.Id}/archive", new { });

        Assert.Equal("archived", archived.Status);
        var list = await editor.GetBodyAsync<PageBody<ItemBody>>($"{Articles}?status=archived&pageSize=100");
        Assert.Contains(list.Items, i => i.Id == published.Id);
    }

    [Fact]
    public async Task Scheduling_without_a_publish_time_is_refused_and_leaves_a_draft()
    {
        using var editor = await app.EditorAsync();
        var draft = await CreateAsync(editor, "Lên lịch không giờ");

        var response = await editor.PostRawAsync($"{Articles}/{draft.Id}/schedule", "{}");

        Assert.Contains("publishAt", await response.AssertValidationErrorsAsync());
        Assert.Equal(ContentStatus.Draft, await StatusAsync(draft.Id));
    }

    [Fact]
    public async Task Scheduling_in_the_past_is_refused_and_leaves_a_draft()
    {
        using var editor = await app.EditorAsync();
        var draft = await CreateAsync(editor, "Lên lịch quá khứ");

        var response = await editor.PostRawAsync($"{Articles}/{draft.Id}/schedule", PublishAtJson(app.Clock.GetUtcNow().AddMinutes(-1)));

        Assert.Contains("publishAt", await response.AssertValidationErrorsAsync());
        Assert.Equal(ContentStatus.Draft, await StatusAsync(draft.Id));
    }

    [Fact]
    public async Task A_publish_time_that_is_not_a_time_is_a_400_and_leaves_a_draft()
    {
        using var editor = await app.EditorAsync();
        var draft = await CreateAsync(editor, "Lên lịch ngày mai");

        var response = await editor.PostRawAsync($"{Articles}/{draft.Id}/schedule", "{\"publishAt\":\"tomorrow\"}");

        await response.AssertProblemAsync(400);
        Assert.Equal(ContentStatus.Draft, await StatusAsync(draft.Id));
    }

    private static Task<ItemBody> CreateAsync(HttpClient client, string title, params string[] tags) =>
        client.PostBodyAsync<ItemBody>(Articles, Samples.Article(title, tags));

    private static Task<HttpResponseMessage> DeleteAsync(HttpClient client, long id, string? ifMatch) =>
        client.SendAsync(HttpExtensions.Request(HttpMethod.Delete, $"{Articles}/{id}", null, ifMatch), Ct);

    private static string ETag(ItemBody item) => $"\"{item.Version}\"";

    private static string PublishAtJson(DateTimeOffset at) => "{\"publishAt\":\"" + at.ToString("O") + "\"}";

    private Task<string> TitleAsync(long id) => app.DbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.Title).SingleAsync(Ct));

    private Task<ContentStatus> StatusAsync(long id) => app.DbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.Status).SingleAsync(Ct));
}
