using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using Cms.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Cms.Tests.Api;

/// <summary>
/// Royalties (nhuận bút): editors set what each credited person is paid for a published item,
/// in points or đồng; the report lists a period's items per person with totals, as JSON and as a
/// CSV file Excel opens with its Vietnamese intact.
/// </summary>
public sealed class RoyaltyTests(RoyaltyTests.App app) : IClassFixture<RoyaltyTests.App>
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7); // the portal's zone (Asia/Ho_Chi_Minh) by default

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Unique(string stem) => $"{stem} {Guid.NewGuid().ToString("N")[..6]}";

    private static Task<AuthorBody> NewAuthorAsync(HttpClient editor, string name) =>
        editor.PostBodyAsync<AuthorBody>("/api/v1/manage/authors", new { name = Unique(name) });

    private static Dictionary<string, object?> Credited(string title, params (int AuthorId, string Role)[] credits) =>
        Samples.Article(title).WithCredits(credits);

    private static async Task<ItemBody> PublishedAsync(HttpClient editor, Dictionary<string, object?> request) =>
        (await editor.PublishedAsync("articles", request)).As<ItemBody>();

    private static Task<HttpResponseMessage> SetAsync(HttpClient client, long id, params object[] royalties) =>
        client.PutRawAsync($"/api/v1/manage/articles/{id}/royalties", new { royalties });

    private Task<int> StoredAsync(long id) => app.DbAsync(db => db.Royalties.CountAsync(r => r.ContentId == id, Ct));

    /// <summary>Moves the clock to the next <paramref name="hour"/>:<paramref name="minute"/> in Vietnam; that day.</summary>
    private DateOnly MoveToNext(int hour, int minute)
    {
        var local = app.Clock.GetUtcNow().ToOffset(Vietnam);
        var target = new DateTimeOffset(local.Date.AddDays(1).AddHours(hour).AddMinutes(minute), Vietnam);
        app.Clock.Advance(target - local);
        return DateOnly.FromDateTime(target.Date);
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // --- An item's royalties --------------------------------------------------------------

    [Fact]
    public async Task An_editor_sets_an_items_royalties_and_reads_them_in_byline_order_with_sums()
    {
        using var editor = await app.EditorAsync();
        var writer = await NewAuthorAsync(editor, "Lê Vũ");
        var photographer = await NewAuthorAsync(editor, "Hồ Thu");
        var item = await PublishedAsync(editor, Credited("Mùa nước nổi", (writer.Id, "text"), (photographer.Id, "photo")));

        var set = await SetAsync(editor, item.Id,
            new { authorId = photographer.Id, amount = 150000 },
            new { authorId = writer.Id, points = 12.5, amount = 300000, note = "Bài điều tra" });
        var read = await editor.GetBodyAsync<ItemRoyaltiesBody>($"/api/v1/manage/articles/{item.Id}/royalties");

        Assert.Equal(200, (int)set.StatusCode);
        Assert.Equal([writer.Id, photographer.Id], read.Royalties.Select(r => r.Author.Id));
        Assert.Equal((12.5m, 300000L, "Bài điều tra", CmsApp.AdminUser), (read.Royalties[0].Points!.Value, read.Royalties[0].Amount!.Value, read.Royalties[0].Note!, read.Royalties[0].SetBy!));
        Assert.Null(read.Royalties[1].Points);
        Assert.Equal((12.5m, 450000L), (read.TotalPoints, read.TotalAmount));
    }

    [Fact]
    public async Task Setting_royalties_again_replaces_the_whole_set()
    {
        using var editor = await app.EditorAsync();
        var a = await NewAuthorAsync(editor, "Người A");
        var b = await NewAuthorAsync(editor, "Người B");
        var item = await PublishedAsync(editor, Credited("Thay thế", (a.Id, "text"), (b.Id, "photo")));
        await SetAsync(editor, item.Id, new { authorId = a.Id, points = 10 }, new { authorId = b.Id, points = 5 });

        var replaced = await (await SetAsync(editor, item.Id, new { authorId = b.Id, amount = 80000 })).BodyAsync<ItemRoyaltiesBody>();

        Assert.Equal([(b.Id, (decimal?)null, (long?)80000)], replaced.Royalties.Select(r => (r.Author.Id, r.Points, r.Amount)));
        Assert.Equal(1, await StoredAsync(item.Id));
    }

    [Fact]
    public async Task Royalties_on_an_unpublished_item_are_409_and_store_nothing()
    {
        using var editor = await app.EditorAsync();
        var a = await NewAuthorAsync(editor, "Chưa Đăng");
        var draft = await editor.PostBodyAsync<ItemBody>("/api/v1/manage/articles", Credited("Bản nháp", (a.Id, "text")));

        var refused = await SetAsync(editor, draft.Id, new { authorId = a.Id, points = 10 });

        await refused.AssertProblemAsync(409);
        Assert.Equal(0, await StoredAsync(draft.Id));
    }

    [Fact]
    public async Task A_royalty_for_someone_not_credited_on_the_item_is_400_on_that_entry()
    {
        using var editor = await app.EditorAsync();
        var credited = await NewAuthorAsync(editor, "Có Tên");
        var stranger = await NewAuthorAsync(editor, "Người Ngoài");
        var item = await PublishedAsync(editor, Credited("Ai viết", (credited.Id, "text")));

        var refused = await SetAsync(editor, item.Id, new { authorId = credited.Id, points = 1 }, new { authorId = stranger.Id, points = 1 });

        Assert.Equal(["royalties[1].authorId"], await refused.AssertValidationErrorsAsync());
        Assert.Equal(0, await StoredAsync(item.Id));
    }

    [Theory]
    [InlineData("{\"royalties\":[{\"authorId\":AUTHOR,\"points\":-1}]}", "royalties[0].points")]
    [InlineData("{\"royalties\":[{\"authorId\":AUTHOR,\"amount\":-5}]}", "royalties[0].amount")]
    [InlineData("{\"royalties\":[{\"authorId\":AUTHOR}]}", "royalties[0].points")]
    [InlineData("{\"royalties\":[{\"authorId\":AUTHOR,\"points\":1.234}]}", "royalties[0].points")]
    [InlineData("{\"royalties\":[{\"authorId\":AUTHOR,\"points\":1},{\"authorId\":AUTHOR,\"points\":2}]}", "royalties")]
    public async Task A_negative_missing_too_precise_or_repeated_royalty_is_400_naming_the_field(string body, string field)
    {
        using var editor = await app.EditorAsync();
        var a = await NewAuthorAsync(editor, "Sai Số");
        var item = await PublishedAsync(editor, Credited("Sai", (a.Id, "text")));

        var refused = await editor.SendAsync(HttpExtensions.Request(HttpMethod.Put, $"/api/v1/manage/articles/{item.Id}/royalties",
            body.Replace("AUTHOR", a.Id.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)), Ct);

        Assert.Contains(field, await refused.AssertValidationErrorsAsync());
        Assert.Equal(0, await StoredAsync(item.Id));
    }

    [Fact]
    public async Task Authors_read_the_royalties_of_their_own_items_but_may_not_set_them_nor_read_others()
    {
        using var editor = await app.EditorAsync();
        using var reporter = await app.UserAsync("author");
        var person = await NewAuthorAsync(editor, "Phóng Viên");
        var own = await reporter.PostBodyAsync<ItemBody>("/api/v1/manage/articles", Credited("Bài của tôi", (person.Id, "text")));
        await editor.PostJsonAsync($"/api/v1/manage/articles/{own.Id}/publish", new { });
        var others = await PublishedAsync(editor, Credited("Bài người khác", (person.Id, "text")));
        await SetAsync(editor, own.Id, new { authorId = person.Id, amount = 200000 });

        var read = await reporter.GetAsync($"/api/v1/manage/articles/{own.Id}/royalties", Ct);
        var set = await SetAsync(reporter, own.Id, new { authorId = person.Id, amount = 9999999 });
        var foreign = await reporter.GetAsync($"/api/v1/manage/articles/{others.Id}/royalties", Ct);

        Assert.Equal(200000L, (await read.BodyAsync<ItemRoyaltiesBody>()).TotalAmount);
        await set.AssertProblemAsync(403);
        await foreign.AssertProblemAsync(403);
        Assert.Equal(200000L, await app.DbAsync(db => db.Royalties.Where(r => r.ContentId == own.Id).SumAsync(r => r.Amount!.Value, Ct)));
    }

    [Fact]
    public async Task Authors_may_not_read_the_report()
    {
        using var reporter = await app.UserAsync("author");

        var refused = await reporter.GetAsync("/api/v1/manage/reports/royalties?from=2026-01-01&to=2026-01-31", Ct);

        await refused.AssertProblemAsync(403);
    }

    // --- The report -------------------------------------------------------------------------

    [Fact]
    public async Task The_report_covers_the_portals_days_lists_each_persons_items_with_roles_and_totals()
    {
        using var editor = await app.EditorAsync();
        var a = await NewAuthorAsync(editor, "Kỳ Báo Cáo");
        var b = await NewAuthorAsync(editor, "Người Thứ Hai");
        var day = MoveToNext(0, 10); // 00:10 in Vietnam: still the previous day in UTC
        var early = await PublishedAsync(editor, Credited("Sáng sớm", (a.Id, "text"), (a.Id, "photo"), (b.Id, "translation")));
        await SetAsync(editor, early.Id, new { authorId = a.Id, points = 10, amount = 100000 }, new { authorId = b.Id, amount = 50000 });
        app.Clock.Advance(TimeSpan.FromHours(23.5)); // 23:40 the same day
        var late = await PublishedAsync(editor, Credited("Tối muộn", (a.Id, "text")));
        await SetAsync(editor, late.Id, new { authorId = a.Id, points = 2.5 });
        app.Clock.Advance(TimeSpan.FromMinutes(30)); // 00:10 the next day: outside the period
        var next = await PublishedAsync(editor, Credited("Hôm sau", (a.Id, "text")));
        await SetAsync(editor, next.Id, new { authorId = a.Id, points = 100 });

        var report = await editor.GetBodyAsync<RoyaltyReportBody>($"/api/v1/manage/reports/royalties?from={Day(day)}&to={Day(day)}");

        var mine = report.Authors.Single(x => x.Author.Id == a.Id);
        Assert.Equal([early.Id, late.Id], mine.Items.Select(i => i.ContentId));
        Assert.Equal(["text", "photo"], mine.Items[0].Roles);
        Assert.Equal((12.5m, 100000L), (mine.TotalPoints, mine.TotalAmount));
        Assert.Equal(50000L, report.Authors.Single(x => x.Author.Id == b.Id).TotalAmount);
        Assert.Equal(report.Authors.Sum(x => x.TotalAmount), report.TotalAmount);
        Assert.Equal(report.Authors.Sum(x => x.TotalPoints), report.TotalPoints);
        Assert.Equal(Day(day), report.From);
    }

    [Fact]
    public async Task The_csv_opens_in_excel_bom_header_quoted_titles_vietnamese_and_totals()
    {
        using var editor = await app.EditorAsync();
        var a = await NewAuthorAsync(editor, "Nguyễn Thị Ánh");
        var day = MoveToNext(9, 0);
        const string title = "Sóc Trăng: lúa, tôm và \"con đường\" mới";
        var item = await PublishedAsync(editor, Credited(title, (a.Id, "text"), (a.Id, "photo")));
        await SetAsync(editor, item.Id, new { authorId = a.Id, points = 7.5, amount = 1250000 });

        var response = await editor.GetAsync($"/api/v1/manage/reports/royalties.csv?from={Day(day)}&to={Day(day)}", Ct);
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        var lines = text.Split("\r\n");

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("text/csv; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal($"nhuan-but-{Day(day)}-{Day(day)}.csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.Equal("Tác giả,Tiêu đề,Loại,Ngày đăng,Vai trò,Điểm,Số tiền (đồng)", lines[0]);
        Assert.Contains($"{a.Name},\"Sóc Trăng: lúa, tôm và \"\"con đường\"\" mới\",Bài viết,{Day(day)} 09:00,\"Bài, Ảnh\",7.5,1250000", lines);
        Assert.Contains($"{a.Name},Cộng,,,,7.5,1250000", lines);
        Assert.StartsWith("Tổng cộng,,,,,", lines[^2], StringComparison.Ordinal);
        Assert.Equal(string.Empty, lines[^1]); // every row ends with CRLF
    }

    [Fact]
    public async Task A_title_that_reads_as_a_formula_is_written_as_text()
    {
        using var editor = await app.EditorAsync();
        var a = await NewAuthorAsync(editor, "Công Thức");
        var day = MoveToNext(10, 0);
        var item = await PublishedAsync(editor, Credited("=HYPERLINK(\"http://x\")", (a.Id, "text")));
        await SetAsync(editor, item.Id, new { authorId = a.Id, points = 1 });

        var text = await editor.GetStringAsync($"/api/v1/manage/reports/royalties.csv?from={Day(day)}&to={Day(day)}", Ct);

        Assert.Contains(",\"'=HYPERLINK(\"\"http://x\"\")\",", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("from=2026-13-01&to=2026-12-31", "from")]
    [InlineData("from=2026-12-01", "to")]
    [InlineData("from=2026-12-31&to=2026-12-01", "to")]
    [InlineData("from=2024-01-01&to=2026-01-01", "to")]
    public async Task A_report_period_that_is_not_two_days_in_order_within_a_year_is_400(string query, string field)
    {
        using var editor = await app.EditorAsync();

        var json = await editor.GetAsync($"/api/v1/manage/reports/royalties?{query}", Ct);
        var csv = await editor.GetAsync($"/api/v1/manage/reports/royalties.csv?{query}", Ct);

        Assert.Contains(field, await json.AssertValidationErrorsAsync());
        Assert.Contains(field, await csv.AssertValidationErrorsAsync());
    }

    [Fact]
    public async Task Deleting_an_item_takes_its_royalties_with_it()
    {
        using var editor = await app.EditorAsync();
        var a = await NewAuthorAsync(editor, "Bài Bị Xóa");
        var item = await PublishedAsync(editor, Credited("Sẽ xóa", (a.Id, "text")));
        await SetAsync(editor, item.Id, new { authorId = a.Id, points = 3 });

        var deleted = await editor.SendAsync(HttpExtensions.Request(HttpMethod.Delete, $"/api/v1/manage/articles/{item.Id}", null, "*"), Ct);

        Assert.Equal(204, (int)deleted.StatusCode);
        Assert.Equal(0, await StoredAsync(item.Id));
    }

    [Fact]
    public async Task An_author_with_royalties_cannot_be_deleted()
    {
        using var editor = await app.EditorAsync();
        var a = await NewAuthorAsync(editor, "Đã Nhận Tiền");
        var item = await PublishedAsync(editor, Credited("Đã trả", (a.Id, "text")));
        await SetAsync(editor, item.Id, new { authorId = a.Id, points = 3 });
        await editor.PutRawAsync($"/api/v1/manage/articles/{item.Id}", Credited("Đã trả"), "*"); // off the byline, still paid

        var refused = await editor.SendAsync(HttpExtensions.Request(HttpMethod.Delete, $"/api/v1/manage/authors/{a.Id}", null, "*"), Ct);

        await refused.AssertProblemAsync(409);
    }

    /// <summary>The report's tests move the clock a day at a time: tokens outlive the moves, as in FeedTests.</summary>
    public sealed class App : CmsApp
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Cms:Auth:TokenLifetime"] = "30.00:00:00",
        };
    }
}
