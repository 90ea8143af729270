using Cms.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Cms.Tests.Api;

/// <summary>
/// Every save keeps a revision (who, when, what); revisions can be listed, viewed and restored;
/// an editor can write the next version of a published item in a working copy while the
/// published one stays live, and publish it in one step, without undoing a save made meanwhile.
/// One behaviour per test; each test writes its own items.
/// </summary>
public sealed class RevisionTests(CmsApp app) : IClassFixture<CmsApp>
{
    private const string FirstBody = "<p>Sáng nay, UBND tỉnh Sóc Trăng tổ chức hội nghị.</p>";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // --- History and restoring ----------------------------------------------------------------

    [Fact]
    public async Task Every_save_is_in_the_history_newest_first_with_who_made_it_and_the_status_it_left()
    {
        using var admin = await app.EditorAsync();
        var item = await SavedTwiceAndPublishedAsync(admin, "Bản đầu tiên", "Bản thứ hai");

        var history = await HistoryAsync(admin, "articles", item.Id);

        Assert.Equal(["published", "updated", "created"], history.Select(r => r.Action));
        Assert.All(history, r => Assert.Equal(CmsApp.AdminUser, r.CreatedBy));
        Assert.Equal(["Bản thứ hai", "Bản thứ hai", "Bản đầu tiên"], history.Select(r => r.Title));
        Assert.Equal(["published", "draft", "draft"], history.Select(r => r.Status));
    }

    [Fact]
    public async Task An_old_revision_shows_what_was_written_then_as_a_request_body()
    {
        using var admin = await app.EditorAsync();
        var item = await SavedTwiceAndPublishedAsync(admin, "Bản cũ để xem", "Bản mới để xem");

        var first = await admin.GetBodyAsync<RevisionDetailBody>($"/api/v1/manage/articles/{item.Id}/revisions/{item.FirstRevision}");

        Assert.Equal("Bản cũ để xem", first.Content.Title);
        Assert.Equal(["Sóc Trăng"], first.Content.Tags);
        Assert.Equal(FirstBody, first.Content.Body);
    }

    [Fact]
    public async Task A_restore_with_a_stale_if_match_is_412_and_restores_nothing()
    {
        using var admin = await app.EditorAsync();
        var item = await SavedTwiceAndPublishedAsync(admin, "Khôi phục cũ", "Khôi phục mới");

        var stale = await RestoreAsync(admin, "articles", item.Id, item.FirstRevision, "\"1\"");

        await stale.AssertProblemAsync(412);
        Assert.Equal(3, await RevisionCountAsync(item.Id));
    }

    [Fact]
    public async Task A_restore_without_if_match_is_428_and_restores_nothing()
    {
        using var admin = await app.EditorAsync();
        var item = await SavedTwiceAndPublishedAsync(admin, "Khôi phục mù cũ", "Khôi phục mù mới");

        var missing = await RestoreAsync(admin, "articles", item.Id, item.FirstRevision, null);

        await missing.AssertProblemAsync(428);
        Assert.Equal(3, await RevisionCountAsync(item.Id));
    }

    [Fact]
    public async Task Restoring_an_old_revision_brings_its_content_back_and_leaves_the_status_alone()
    {
        using var admin = await app.EditorAsync();
        var item = await SavedTwiceAndPublishedAsync(admin, "Nội dung được khôi phục", "Nội dung bị thay");

        var restore = await RestoreAsync(admin, "articles", item.Id, item.FirstRevision, await ETagAsync(admin, "articles", item.Id));

        Assert.Equal(200, (int)restore.StatusCode);
        var restored = await restore.BodyAsync<ItemBody>();
        Assert.Equal("Nội dung được khôi phục", restored.Title);
        Assert.Equal("published", restored.Status); // restoring content leaves the status alone
        Assert.Equal(["Sóc Trăng"], restored.TagNames);
    }

    [Fact]
    public async Task The_public_sees_restored_content_at_once()
    {
        using var admin = await app.EditorAsync();
        var item = await SavedTwiceAndPublishedAsync(admin, "Bạn đọc thấy bản cũ", "Bạn đọc thấy bản mới");
        Assert.Equal("Bạn đọc thấy bản mới", (await app.Anonymous().GetBodyAsync<ItemBody>($"/api/v1/articles/{item.Slug}")).Title); // read before

        await RestoredAsync(admin, item);

        Assert.Equal("Bạn đọc thấy bản cũ", (await app.Anonymous().GetBodyAsync<ItemBody>($"/api/v1/articles/{item.Slug}")).Title);
    }

    [Fact]
    public async Task A_restore_is_itself_in_the_history_naming_the_revision_restored()
    {
        using var admin = await app.EditorAsync();
        var item = await SavedTwiceAndPublishedAsync(admin, "Lịch sử khôi phục cũ", "Lịch sử khôi phục mới");

        await RestoredAsync(admin, item);

        var latest = (await HistoryAsync(admin, "articles", item.Id))[0];
        Assert.Equal("restored", latest.Action);
        Assert.Equal(item.FirstRevision, latest.RestoredFrom);
    }

    // --- Working copies -----------------------------------------------------------------------

    [Fact]
    public async Task A_new_working_copy_of_a_published_item_is_saved_up_to_date()
    {
        using var admin = await app.EditorAsync();
        var item = (await admin.PublishedAsync("interviews", Samples.Interview("Phỏng vấn có bản sửa"))).As<ItemBody>();

        var saved = await admin.PutRawAsync($"/api/v1/manage/interviews/{item.Id}/draft", NextInterview("Phỏng vấn có bản sửa (bản sửa)"));

        Assert.Equal(200, (int)saved.StatusCode);
        Assert.NotNull(saved.Headers.ETag);
        Assert.False((await saved.BodyAsync<WorkingCopyBody>()).Outdated);
    }

    [Fact]
    public async Task A_working_copy_leaves_the_public_and_the_item_itself_as_published()
    {
        using var admin = await app.EditorAsync();
        var copy = await InterviewWithCopyAsync(admin, "Phỏng vấn giữ bản đăng");

        Assert.Equal("Phỏng vấn giữ bản đăng", (await app.Anonymous().GetBodyAsync<InterviewBody>($"/api/v1/interviews/{copy.Slug}")).Title);
        Assert.Equal(copy.LiveETag, await ETagAsync(admin, "interviews", copy.Id));
    }

    [Fact]
    public async Task A_working_copy_reads_back_with_its_content()
    {
        using var admin = await app.EditorAsync();
        var copy = await InterviewWithCopyAsync(admin, "Phỏng vấn đọc bản sửa");

        var read = await admin.GetBodyAsync<WorkingCopyBody>($"/api/v1/manage/interviews/{copy.Id}/draft");

        Assert.Equal(3, read.Content.Exchanges!.Count);
    }

    [Fact]
    public async Task The_newsroom_list_says_which_items_have_a_working_copy()
    {
        using var admin = await app.EditorAsync();
        var copy = await InterviewWithCopyAsync(admin, "Phỏng vấn trong danh sách");

        Assert.True(await HasWorkingCopyAsync(admin, copy.Id));
    }

    [Fact]
    public async Task Saving_over_a_working_copy_without_if_match_is_428_and_keeps_the_copy()
    {
        using var admin = await app.EditorAsync();
        var copy = await InterviewWithCopyAsync(admin, "Phỏng vấn hai người sửa");

        // Another editor saving over a copy they did not read.
        var blind = await admin.PutRawAsync($"/api/v1/manage/interviews/{copy.Id}/draft", Samples.Interview("Bản sửa của người khác"));

        await blind.AssertProblemAsync(428);
        Assert.Equal("Phỏng vấn hai người sửa (bản sửa)", (await admin.GetBodyAsync<WorkingCopyBody>($"/api/v1/manage/interviews/{copy.Id}/draft")).Content.Title);
    }

    [Fact]
    public async Task Saving_over_a_working_copy_with_a_stale_if_match_is_412_and_keeps_the_copy()
    {
        using var admin = await app.EditorAsync();
        var copy = await InterviewWithCopyAsync(admin, "Phỏng vấn bản cũ");

        var stale = await admin.PutRawAsync($"/api/v1/manage/interviews/{copy.Id}/draft", Samples.Interview("Bản sửa của người khác"), "\"1\"");

        await stale.AssertProblemAsync(412);
        Assert.Equal("Phỏng vấn bản cũ (bản sửa)", (await admin.GetBodyAsync<WorkingCopyBody>($"/api/v1/manage/interviews/{copy.Id}/draft")).Content.Title);
    }

    [Fact]
    public async Task Publishing_a_working_copy_makes_it_the_public_version()
    {
        using var admin = await app.EditorAsync();
        var copy = await InterviewWithCopyAsync(admin, "Phỏng vấn đã đăng");

        var publish = await PublishCopyAsync(admin, copy);

        Assert.Equal(200, (int)publish.StatusCode);
        var live = await app.Anonymous().GetBodyAsync<InterviewBody>($"/api/v1/interviews/{copy.Slug}");
        Assert.Equal("Phỏng vấn đã đăng (bản sửa)", live.Title);
        Assert.Equal(["Câu hỏi mới thứ nhất?", "Câu hỏi mới thứ hai?", "Câu hỏi mới thứ ba?"], live.Exchanges.Select(e => e.Question));
    }

    [Fact]
    public async Task A_published_working_copy_is_gone()
    {
        using var admin = await app.EditorAsync();
        var copy = await InterviewWithCopyAsync(admin, "Phỏng vấn hết bản sửa");

        Assert.Equal(200, (int)(await PublishCopyAsync(admin, copy)).StatusCode);

        await (await admin.GetAsync($"/api/v1/manage/interviews/{copy.Id}/draft", Ct)).AssertProblemAsync(404);
        Assert.False(await HasWorkingCopyAsync(admin, copy.Id));
    }

    [Fact]
    public async Task Saving_and_publishing_a_working_copy_are_in_the_history()
    {
        using var admin = await app.EditorAsync();
        var copy = await InterviewWithCopyAsync(admin, "Phỏng vấn có lịch sử");

        Assert.Equal(200, (int)(await PublishCopyAsync(admin, copy)).StatusCode);

        var actions = (await HistoryAsync(admin, "interviews", copy.Id)).Select(r => r.Action);
        Assert.Equal(["draftPublished", "draftSaved", "published", "created"], actions);
    }

    // --- A save made meanwhile ----------------------------------------------------------------

    [Fact]
    public async Task A_save_to_the_item_itself_marks_its_working_copy_outdated()
    {
        using var admin = await app.EditorAsync();

        var id = await WithOutdatedCopyAsync(admin, "Tin gốc cũ đi");

        Assert.True((await admin.GetBodyAsync<WorkingCopyBody>($"/api/v1/manage/articles/{id}/draft")).Outdated);
    }

    [Fact]
    public async Task Publishing_an_outdated_working_copy_is_a_conflict_and_keeps_the_save_made_meanwhile()
    {
        using var admin = await app.EditorAsync();
        var id = await WithOutdatedCopyAsync(admin, "Tin gốc");

        var refused = await admin.PostAsync($"/api/v1/manage/articles/{id}/draft/publish", null, Ct);

        await refused.AssertProblemAsync(409);
        Assert.Equal("Tin gốc, đã sửa lỗi chính tả", await TitleAsync(id));
    }

    [Fact]
    public async Task Publishing_an_outdated_working_copy_with_overwrite_replaces_the_save_made_meanwhile()
    {
        using var admin = await app.EditorAsync();
        var id = await WithOutdatedCopyAsync(admin, "Tin gốc ghi đè");

        var forced = await admin.PostAsync($"/api/v1/manage/articles/{id}/draft/publish?overwrite=true", null, Ct);

        Assert.Equal(200, (int)forced.StatusCode);
        Assert.Equal("Tin gốc ghi đè, bản sửa dài", await TitleAsync(id));
    }

    // --- Authors ------------------------------------------------------------------------------

    [Fact]
    public async Task An_author_keeps_a_working_copy_of_their_published_item_but_may_not_publish_it()
    {
        using var admin = await app.EditorAsync();
        using var author = await app.UserAsync("author");
        var id = await AuthorsPublishedVideoAsync(author, admin, "Phim của phóng viên");

        await PutAsync(author, $"/api/v1/manage/videos/{id}/draft", Samples.Video("Phim của phóng viên, bản sửa"));

        await (await author.PostAsync($"/api/v1/manage/videos/{id}/draft/publish", null, Ct)).AssertProblemAsync(403);
        Assert.Equal("Phim của phóng viên", await TitleAsync(id));
    }

    [Fact]
    public async Task An_author_may_not_restore_a_revision_of_their_published_item()
    {
        using var admin = await app.EditorAsync();
        using var author = await app.UserAsync("author");
        var id = await AuthorsPublishedVideoAsync(author, admin, "Phim phóng viên muốn khôi phục");
        var firstRevision = (await HistoryAsync(author, "videos", id)).Last().Id;

        var restore = await RestoreAsync(author, "videos", id, firstRevision, "*");

        await restore.AssertProblemAsync(403); // published: only an editor changes it now
    }

    [Fact]
    public async Task Another_authors_item_history_is_closed_to_an_author()
    {
        using var admin = await app.EditorAsync();
        using var author = await app.UserAsync("author");
        var id = await AuthorsPublishedVideoAsync(author, admin, "Phim có lịch sử riêng");
        using var other = await app.UserAsync("author");

        await (await other.GetAsync($"/api/v1/manage/videos/{id}/revisions", Ct)).AssertProblemAsync(403);
    }

    [Fact]
    public async Task An_author_may_not_write_a_working_copy_of_another_authors_item()
    {
        using var admin = await app.EditorAsync();
        using var author = await app.UserAsync("author");
        var id = await AuthorsPublishedVideoAsync(author, admin, "Phim không phải của người khác");
        using var other = await app.UserAsync("author");

        await (await other.PutRawAsync($"/api/v1/manage/videos/{id}/draft", Samples.Video("Không phải của tôi"))).AssertProblemAsync(403);
    }

    [Fact]
    public async Task An_editor_publishes_an_authors_working_copy()
    {
        using var admin = await app.EditorAsync();
        using var author = await app.UserAsync("author");
        var id = await AuthorsPublishedVideoAsync(author, admin, "Phim chờ biên tập");
        await PutAsync(author, $"/api/v1/manage/videos/{id}/draft", Samples.Video("Phim chờ biên tập, bản sửa"));

        var publish = await admin.PostAsync($"/api/v1/manage/videos/{id}/draft/publish", null, Ct);

        Assert.Equal(200, (int)publish.StatusCode);
        Assert.Equal("Phim chờ biên tập, bản sửa", await TitleAsync(id));
    }

    // --- The scheduler ------------------------------------------------------------------------

    [Fact]
    public async Task The_scheduler_publishing_an_item_is_in_its_history()
    {
        using var admin = await app.EditorAsync();
        var id = (await admin.PostBodyAsync<ItemBody>("/api/v1/manage/articles", Samples.Article("Bài hẹn giờ", "Hẹn giờ"))).Id;
        await admin.PostJsonAsync($"/api/v1/manage/articles/{id}/schedule", new { publishAt = app.Clock.GetUtcNow().AddMinutes(5) });
        app.Clock.Advance(TimeSpan.FromMinutes(5));

        var deadline = DateTime.UtcNow.AddSeconds(15);
        RevisionBody latest;
        do
        {
            Assert.True(DateTime.UtcNow < deadline, "The scheduler did not publish within 15 s.");
            await Task.Delay(50, Ct);
            latest = (await HistoryAsync(admin, "articles", id))[0];
        }
        while (latest.Action != "published");

        Assert.Null(latest.CreatedBy); // the system, not a person
        var content = (await admin.GetBodyAsync<RevisionDetailBody>($"/api/v1/manage/articles/{id}/revisions/{latest.Id}")).Content;
        Assert.Equal(["Hẹn giờ"], content.Tags); // the whole item, tags included
    }

    /// <summary>An article created (tagged "Sóc Trăng"), saved under a new title and published: three revisions.</summary>
    private async Task<(long Id, string Slug, long FirstRevision)> SavedTwiceAndPublishedAsync(HttpClient admin, string firstTitle, string secondTitle)
    {
        var id = (await admin.PostBodyAsync<ItemBody>("/api/v1/manage/articles", Samples.Article(firstTitle, "Sóc Trăng"))).Id;
        await PutAsync(admin, $"/api/v1/manage/articles/{id}", Samples.Article(secondTitle));
        var published = await admin.PostBodyAsync<ItemBody>($"/api/v1/manage/articles/{id}/publish", new { });
        return (id, published.Slug, (await HistoryAsync(admin, "articles", id))[^1].Id);
    }

    /// <summary>Restores the item's first revision with its current ETag.</summary>
    private async Task RestoredAsync(HttpClient admin, (long Id, string Slug, long FirstRevision) item)
    {
        var restore = await RestoreAsync(admin, "articles", item.Id, item.FirstRevision, await ETagAsync(admin, "articles", item.Id));
        Assert.Equal(200, (int)restore.StatusCode);
    }

    /// <summary>A published interview ("title") with a working copy ("title (bản sửa)", three new exchanges).</summary>
    private static async Task<(long Id, string Slug, string LiveETag, string CopyETag)> InterviewWithCopyAsync(HttpClient admin, string title)
    {
        var item = (await admin.PublishedAsync("interviews", Samples.Interview(title))).As<ItemBody>();
        var liveETag = await ETagAsync(admin, "interviews", item.Id);
        var saved = await admin.PutRawAsync($"/api/v1/manage/interviews/{item.Id}/draft", NextInterview(title + " (bản sửa)"));
        Assert.Equal(200, (int)saved.StatusCode);
        return (item.Id, item.Slug, liveETag, saved.Headers.ETag!.Tag);
    }

    private static Dictionary<string, object?> NextInterview(string title)
    {
        var next = Samples.Interview(title);
        next["exchanges"] = new object[]
        {
            new { question = "Câu hỏi mới thứ nhất?", answer = "Trả lời thứ nhất." },
            new { question = "Câu hỏi mới thứ hai?", answer = "Trả lời thứ hai." },
            new { question = "Câu hỏi mới thứ ba?", answer = "Trả lời thứ ba." },
        };
        return next;
    }

    private static Task<HttpResponseMessage> PublishCopyAsync(HttpClient admin, (long Id, string Slug, string LiveETag, string CopyETag) copy) =>
        admin.SendAsync(HttpExtensions.Request(HttpMethod.Post, $"/api/v1/manage/interviews/{copy.Id}/draft/publish", null, copy.CopyETag), Ct);

    /// <summary>
    /// A published article ("title") with a working copy ("title, bản sửa dài"), then corrected
    /// directly ("title, đã sửa lỗi chính tả") while the copy is being written.
    /// </summary>
    private static async Task<long> WithOutdatedCopyAsync(HttpClient admin, string title)
    {
        var id = (await admin.PublishedAsync("articles", Samples.Article(title))).As<ItemBody>().Id;
        await PutAsync(admin, $"/api/v1/manage/articles/{id}/draft", Samples.Article(title + ", bản sửa dài"));
        await PutAsync(admin, $"/api/v1/manage/articles/{id}", Samples.Article(title + ", đã sửa lỗi chính tả"));
        return id;
    }

    /// <summary>A video the author wrote and an editor published.</summary>
    private static async Task<long> AuthorsPublishedVideoAsync(HttpClient author, HttpClient admin, string title)
    {
        var id = (await author.PostBodyAsync<ItemBody>("/api/v1/manage/videos", Samples.Video(title))).Id;
        await admin.PostJsonAsync($"/api/v1/manage/videos/{id}/publish", new { });
        return id;
    }

    private static async Task<IReadOnlyList<RevisionBody>> HistoryAsync(HttpClient client, string route, long id) =>
        (await client.GetBodyAsync<PageBody<RevisionBody>>($"/api/v1/manage/{route}/{id}/revisions")).Items;

    private static Task<HttpResponseMessage> RestoreAsync(HttpClient client, string route, long id, long revision, string? ifMatch) =>
        client.SendAsync(HttpExtensions.Request(HttpMethod.Post, $"/api/v1/manage/{route}/{id}/revisions/{revision}/restore", null, ifMatch), Ct);

    private static async Task<string> ETagAsync(HttpClient client, string route, long id) =>
        (await client.GetAsync($"/api/v1/manage/{route}/{id}", Ct)).Headers.ETag!.Tag;

    private static async Task PutAsync(HttpClient client, string url, object body)
    {
        var response = await client.PutRawAsync(url, body, "*");
        Assert.True((int)response.StatusCode == 200, $"PUT {url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(Ct)}");
    }

    private static async Task<bool> HasWorkingCopyAsync(HttpClient admin, long id) =>
        (await admin.GetBodyAsync<PageBody<ItemBody>>("/api/v1/manage/interviews?pageSize=100")).Items.Single(i => i.Id == id).HasWorkingCopy;

    private Task<int> RevisionCountAsync(long id) => app.DbAsync(db => db.ContentRevisions.CountAsync(r => r.ContentId == id, Ct));

    private Task<string> TitleAsync(long id) => app.DbAsync(db => db.ContentItems.Where(x => x.Id == id).Select(x => x.Title).SingleAsync(Ct));
}
