using System.Net.Http.Json;
using System.Text;
using Cms.Domain.Content;
using Cms.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Cms.Tests.Api;

public sealed class ArticleManagementTests(CmsApp app) : IClassFixture<CmsApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_newsroom_list_finds_drafts_by_words_without_tone_marks_and_says_who_changed_them()
    {
        using var author = await app.UserAsync("author");
        using var editor = await app.EditorAsync();
        var id = (long)(await author.PostJsonAsync("/api/v1/manage/articles", Samples.Article("Đảng bộ phường 9 tổng kết năm")))["id"]!;
        await author.PostJsonAsync("/api/v1/manage/articles", Samples.Article("Một bản nháp khác hẳn"));
        var changed = await editor.PutRawAsync($"/api/v1/manage/articles/{id}", Samples.Article("Đảng bộ phường 9 tổng kết năm 2024"), "*");
        Assert.Equal(200, (int)changed.StatusCode);

        var found = (await editor.GetJsonAsync("/api/v1/manage/articles?q=dang+bo+phuong&status=draft"))["items"]!.AsArray();
        var row = Assert.Single(found)!;
        Assert.Equal(id, (long)row["id"]!);
        Assert.NotNull((string?)row["createdBy"]);
        Assert.NotEqual((string?)row["createdBy"], (string?)row["updatedBy"]); // created by the author, changed by the editor
        Assert.Equal(CmsApp.AdminUser, (string?)row["updatedBy"]);
        Assert.True(DateTimeOffset.TryParse((string?)row["updatedAt"], System.Globalization.CultureInfo.InvariantCulture, out _));

        // The public lists never name accounts.
        var publicList = await app.Anonymous().GetAsync("/api/v1/articles", Ct);
        Assert.DoesNotContain("updatedBy", await publicList.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_makes_a_draft_with_a_slug_from_the_title()
    {
        using var editor = await app.EditorAsync();
        var response = await editor.PostAsJsonAsync("/api/v1/manage/articles", Samples.Article("Năm 2024, Đảng bộ thành phố Sóc Trăng", "Sóc Trăng", "Kinh tế"), Ct);

        Assert.Equal(201, (int)response.StatusCode);
        var body = await response.JsonAsync();
        var id = (long)body["id"]!;
        Assert.Equal($"/api/v1/manage/articles/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal("nam-2024-dang-bo-thanh-pho-soc-trang", (string?)body["slug"]);
        Assert.Equal("draft", (string?)body["status"]);
        Assert.Equal("article", (string?)body["type"]);
        Assert.Equal(0, (long)body["viewCount"]!);
        Assert.Equal($"\"{(uint)body["version"]!}\"", response.Headers.ETag?.Tag);
        Assert.Equal(["kinh-te", "soc-trang"], body["tags"]!.AsArray().Select(t => (string)t!["slug"]!));

        var stored = await app.DbAsync(db => db.Articles.Include(a => a.Tags).SingleAsync(a => a.Id == id, Ct));
        Assert.Equal(ContentStatus.Draft, stored.Status);
        Assert.Equal(2, stored.Tags.Count);
    }

    [Fact]
    public async Task Same_title_gets_a_numbered_slug_and_an_explicit_taken_slug_is_a_conflict()
    {
        using var editor = await app.EditorAsync();
        var first = await editor.PostJsonAsync("/api/v1/manage/articles", Samples.Article("Hành tím Vĩnh Châu được mùa"));
        var second = await editor.PostJsonAsync("/api/v1/manage/articles", Samples.Article("Hành tím Vĩnh Châu được mùa"));
        Assert.Equal("hanh-tim-vinh-chau-duoc-mua", (string?)first["slug"]);
        Assert.Equal("hanh-tim-vinh-chau-duoc-mua-2", (string?)second["slug"]);

        var clash = Samples.Article("Another title");
        clash["slug"] = "hanh-tim-vinh-chau-duoc-mua";
        var before = await app.DbAsync(db => db.Articles.CountAsync(Ct));
        var response = await editor.PostAsJsonAsync("/api/v1/manage/articles", clash, Ct);
        var problem = await response.AssertProblemAsync(409);
        Assert.Contains("hanh-tim-vinh-chau-duoc-mua", problem.Detail, StringComparison.Ordinal);
        Assert.Equal(before, await app.DbAsync(db => db.Articles.CountAsync(Ct)));
    }

    [Fact]
    public async Task A_title_of_digits_only_gets_a_slug_that_cannot_be_mistaken_for_an_id()
    {
        using var editor = await app.EditorAsync();
        var body = await editor.PostJsonAsync("/api/v1/manage/articles", Samples.Article("2024"));
        Assert.Equal("article-2024", (string?)body["slug"]);
    }

    [Fact]
    public async Task Decomposed_vietnamese_is_stored_as_NFC()
    {
        using var editor = await app.EditorAsync();
        var title = "Thống kê truy cập Sóc Trăng";
        var request = Samples.Article(title.Normalize(NormalizationForm.FormD), "Đồng bào Khmer".Normalize(NormalizationForm.FormD));
        request["summary"] = "Lượt xem tăng".Normalize(NormalizationForm.FormD);
        var body = await editor.PostJsonAsync("/api/v1/manage/articles", request);

        Assert.Equal(title, (string?)body["title"]);
        Assert.Equal("thong-ke-truy-cap-soc-trang", (string?)body["slug"]);
        var stored = await app.DbAsync(db => db.Articles.Include(a => a.Tags).SingleAsync(a => a.Id == (long)body["id"]!, Ct));
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
        var body = await editor.PostJsonAsync("/api/v1/manage/articles", request);
        var html = (string)body["body"]!;
        Assert.Contains("<b>nóng</b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onclick", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("title", null, "title")]
    [InlineData("title", "", "title")]
    [InlineData("body", null, "body")]
    [InlineData("slug", "Có Dấu", "slug")]
    [InlineData("slug", "2024", "slug")]
    [InlineData("categoryId", 0, "categoryId")]
    [InlineData("categoryId", 999999, "categoryId")]
    [InlineData("author", "x", null)]
    public async Task Invalid_fields_are_a_400_keyed_by_camelCase_field(string field, object? value, string? expectedKey)
    {
        using var editor = await app.EditorAsync();
        var request = Samples.Article("Kiểm tra hợp lệ " + Guid.NewGuid().ToString("N")[..6]);
        request[field] = value;
        var before = await app.DbAsync(db => db.ContentItems.CountAsync(Ct));
        var response = await editor.PostAsJsonAsync("/api/v1/manage/articles", request, Ct);
        if (expectedKey is null)
        {
            Assert.Equal(201, (int)response.StatusCode);
            return;
        }

        Assert.Contains(expectedKey, await response.AssertValidationErrorsAsync());
        Assert.Equal(before, await app.DbAsync(db => db.ContentItems.CountAsync(Ct)));
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
        var keys = await (await editor.PostAsJsonAsync("/api/v1/manage/articles", request, Ct)).AssertValidationErrorsAsync();
        Assert.Contains("title", keys);
        Assert.Contains("summary", keys);
        Assert.Contains("author", keys);
        Assert.Contains("coverImage.url", keys);
        Assert.Contains("tags", keys);
    }

    [Fact]
    public async Task Malformed_json_is_a_400_problem_not_a_500()
    {
        using var editor = await app.EditorAsync();
        var response = await editor.PostRawAsync("/api/v1/manage/articles", "{\"title\": \"Thiếu ngoặc\", ");
        var problem = await response.AssertProblemAsync(400);
        Assert.Contains("JSON", problem.Detail, StringComparison.Ordinal);

        var wrongType = await editor.PostRawAsync("/api/v1/manage/articles", "{\"title\": 5, \"body\": \"<p>x</p>\"}");
        await wrongType.AssertProblemAsync(400);
        var empty = await editor.PostRawAsync("/api/v1/manage/articles", "");
        await empty.AssertProblemAsync(400);
    }

    [Fact]
    public async Task Anonymous_and_forged_callers_cannot_write()
    {
        using var anonymous = app.Anonymous();
        var before = await app.DbAsync(db => db.ContentItems.CountAsync(Ct));
        var response = await anonymous.PostAsJsonAsync("/api/v1/manage/articles", Samples.Article("Không được phép"), Ct);
        await response.AssertProblemAsync(401);
        Assert.Equal(401, (int)(await anonymous.GetAsync("/api/v1/manage/articles", Ct)).StatusCode);

        anonymous.DefaultRequestHeaders.Authorization = new("Bearer", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.forged");
        Assert.Equal(401, (int)(await anonymous.PostAsJsonAsync("/api/v1/manage/articles", Samples.Article("Giả mạo"), Ct)).StatusCode);
        Assert.Equal(before, await app.DbAsync(db => db.ContentItems.CountAsync(Ct)));
    }

    [Fact]
    public async Task Read_update_and_delete_an_article()
    {
        using var editor = await app.EditorAsync();
        var created = await editor.PostJsonAsync("/api/v1/manage/articles", Samples.Article("Bài gốc"));
        var id = (long)created["id"]!;

        var read = await editor.GetAsync($"/api/v1/manage/articles/{id}", Ct);
        Assert.Equal(200, (int)read.StatusCode);
        var etag = read.Headers.ETag!.Tag;

        var update = Samples.Article("Bài đã sửa", "Nông thôn mới");
        update["body"] = "<p>Nội dung mới</p>";
        var updated = await editor.PutRawAsync($"/api/v1/manage/articles/{id}", update, etag);
        Assert.Equal(200, (int)updated.StatusCode);
        var body = await updated.JsonAsync();
        Assert.Equal("Bài đã sửa", (string?)body["title"]);
        Assert.Equal("bai-goc", (string?)body["slug"]); // URLs stay stable unless a new slug is asked for
        Assert.Equal("<p>Nội dung mới</p>", (string?)body["body"]);
        Assert.NotEqual(etag, updated.Headers.ETag!.Tag);

        var stale = await editor.SendAsync(HttpExtensions.Request(HttpMethod.Delete, $"/api/v1/manage/articles/{id}", null, etag), Ct);
        await stale.AssertProblemAsync(412);
        Assert.True(await app.DbAsync(db => db.Articles.AnyAsync(a => a.Id == id, Ct)));

        var delete = await editor.SendAsync(HttpExtensions.Request(HttpMethod.Delete, $"/api/v1/manage/articles/{id}", null, updated.Headers.ETag!.Tag), Ct);
        Assert.Equal(204, (int)delete.StatusCode);
        Assert.False(await app.DbAsync(db => db.Articles.AnyAsync(a => a.Id == id, Ct)));
        await (await editor.GetAsync($"/api/v1/manage/articles/{id}", Ct)).AssertProblemAsync(404);
    }

    [Fact]
    public async Task A_stale_if_match_is_a_412_and_changes_nothing()
    {
        using var editor = await app.EditorAsync();
        var created = await editor.PostJsonAsync("/api/v1/manage/articles", Samples.Article("Hai biên tập viên"));
        var id = (long)created["id"]!;
        var original = $"\"{(uint)created["version"]!}\"";

        Assert.Equal(200, (int)(await editor.PutRawAsync($"/api/v1/manage/articles/{id}", Samples.Article("Người thứ nhất lưu"), original)).StatusCode);
        var second = await editor.PutRawAsync($"/api/v1/manage/articles/{id}", Samples.Article("Người thứ hai lưu"), original);
        await second.AssertProblemAsync(412);
        Assert.Equal("Người thứ nhất lưu", await app.DbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.Title).SingleAsync(Ct)));

        var garbage = await editor.PutRawAsync($"/api/v1/manage/articles/{id}", Samples.Article("x"), "not-an-etag");
        await garbage.AssertProblemAsync(400);

        // Without If-Match a replace or delete is refused (428): it could undo someone's edit unseen.
        await (await editor.PutRawAsync($"/api/v1/manage/articles/{id}", Samples.Article("Ghi đè mù"))).AssertProblemAsync(428);
        await (await editor.SendAsync(HttpExtensions.Request(HttpMethod.Delete, $"/api/v1/manage/articles/{id}", null), Ct)).AssertProblemAsync(428);
        Assert.Equal("Người thứ nhất lưu", await app.DbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.Title).SingleAsync(Ct)));
    }

    [Fact]
    public async Task Changing_the_slug_to_a_taken_one_is_a_conflict()
    {
        using var editor = await app.EditorAsync();
        await editor.PostJsonAsync("/api/v1/manage/articles", Samples.Article("Slug đã có"));
        var other = await editor.PostJsonAsync("/api/v1/manage/articles", Samples.Article("Bài khác"));
        var update = Samples.Article("Bài khác");
        update["slug"] = "slug-da-co";
        await (await editor.PutRawAsync($"/api/v1/manage/articles/{(long)other["id"]!}", update, "*")).AssertProblemAsync(409);

        update["slug"] = "slug-moi-tinh";
        var ok = await (await editor.PutRawAsync($"/api/v1/manage/articles/{(long)other["id"]!}", update, "*")).JsonAsync();
        Assert.Equal("slug-moi-tinh", (string?)ok["slug"]);
    }

    [Fact]
    public async Task Unknown_ids_are_404_problems()
    {
        using var editor = await app.EditorAsync();
        await (await editor.GetAsync("/api/v1/manage/articles/987654", Ct)).AssertProblemAsync(404);
        await (await editor.PutRawAsync("/api/v1/manage/articles/987654", Samples.Article("x"), "*")).AssertProblemAsync(404);
        await (await editor.PostRawAsync("/api/v1/manage/articles/987654/publish", "")).AssertProblemAsync(404);
        await (await editor.SendAsync(HttpExtensions.Request(HttpMethod.Delete, "/api/v1/manage/articles/987654", null), Ct)).AssertProblemAsync(404);
    }

    [Fact]
    public async Task Workflow_actions_move_the_status_and_refuse_invalid_moves()
    {
        using var editor = await app.EditorAsync();
        var id = (long)(await editor.PostJsonAsync("/api/v1/manage/articles", Samples.Article("Quy trình xuất bản")))["id"]!;
        var url = $"/api/v1/manage/articles/{id}";

        await (await editor.PostRawAsync(url + "/unpublish", "")).AssertProblemAsync(409);
        Assert.Equal("published", (string?)(await editor.PostJsonAsync(url + "/publish", new { }))["status"]);
        await (await editor.PostRawAsync(url + "/schedule", "{\"publishAt\":\"" + app.Clock.GetUtcNow().AddDays(1).ToString("O") + "\"}")).AssertProblemAsync(409);
        Assert.Equal("unpublished", (string?)(await editor.PostJsonAsync(url + "/unpublish", new { }))["status"]);
        Assert.Equal("archived", (string?)(await editor.PostJsonAsync(url + "/archive", new { }))["status"]);

        var list = await editor.GetJsonAsync("/api/v1/manage/articles?status=archived&pageSize=100");
        Assert.Contains(list["items"]!.AsArray(), i => (long)i!["id"]! == id);
    }

    [Fact]
    public async Task Scheduling_needs_a_future_publish_time()
    {
        using var editor = await app.EditorAsync();
        var id = (long)(await editor.PostJsonAsync("/api/v1/manage/articles", Samples.Article("Lên lịch")))["id"]!;
        var url = $"/api/v1/manage/articles/{id}/schedule";
        Assert.Contains("publishAt", await (await editor.PostRawAsync(url, "{}")).AssertValidationErrorsAsync());
        var past = app.Clock.GetUtcNow().AddMinutes(-1).ToString("O");
        Assert.Contains("publishAt", await (await editor.PostRawAsync(url, $"{{\"publishAt\":\"{past}\"}}")).AssertValidationErrorsAsync());
        await (await editor.PostRawAsync(url, "{\"publishAt\":\"tomorrow\"}")).AssertProblemAsync(400);
        Assert.Equal(ContentStatus.Draft, await app.DbAsync(db => db.Articles.Where(a => a.Id == id).Select(a => a.Status).SingleAsync(Ct)));
    }

    [Fact]
    public async Task Management_list_includes_drafts_with_their_status()
    {
        using var editor = await app.EditorAsync();
        var id = (long)(await editor.PostJsonAsync("/api/v1/manage/articles", Samples.Article("Bản nháp trong danh sách")))["id"]!;
        var list = await editor.GetJsonAsync("/api/v1/manage/articles?status=draft&pageSize=100");
        var item = list["items"]!.AsArray().Single(i => (long)i!["id"]! == id)!;
        Assert.Equal("draft", (string?)item["status"]);
        Assert.Null(item["body"]);
    }
}
