using Cms.Domain.Content;
using Cms.Infrastructure.Notifications;
using Cms.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Cms.Tests.Api;

/// <summary>
/// GET /changes: a first sync gets everything public; later syncs get what was published or
/// changed and what to drop, across publish, edit, unpublish, delete and a scheduled time
/// passing, page by page, with no change skipped even when transactions commit out of order.
/// Alone, not beside other classes: the feed rightly holds a change back while any older
/// transaction runs, and transaction ids are cluster-wide, so another class's transaction on
/// the shared PostgreSQL cluster would hold this class's committed changes back for a moment.
/// Running alone, a change that has committed comes in the very next sync, and each test
/// syncs once where it expects one.
/// </summary>
[Collection(nameof(ChangesFeedTests))]
public sealed class ChangesFeedTests(CmsApp app) : IClassFixture<CmsApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_first_sync_gets_every_public_item_and_nothing_to_drop()
    {
        using var editor = await app.EditorAsync();
        var a = await CreateAsync(editor, "Đồng bộ A", publish: true);
        var b = await CreateAsync(editor, "Đồng bộ B", publish: true);
        var draft = await CreateAsync(editor, "Đồng bộ nháp", publish: false);

        var first = await SyncAsync(null);

        Assert.Contains((a, "Đồng bộ A"), Titles(first));
        Assert.Contains((b, "Đồng bộ B"), Titles(first));
        Assert.DoesNotContain(first.Items, i => i.Id == draft);
        Assert.Empty(first.Removed);
    }

    [Fact]
    public async Task A_sync_with_nothing_changed_since_the_last_one_gets_nothing()
    {
        using var editor = await app.EditorAsync();
        await CreateAsync(editor, "Đồng bộ không đổi", publish: true);
        var first = await SyncAsync(null);

        var nothing = await SyncAsync(first.Next);

        Assert.Empty(nothing.Items);
        Assert.Empty(nothing.Removed);
    }

    [Fact]
    public async Task An_item_edited_since_the_last_sync_comes_as_it_is_now()
    {
        using var editor = await app.EditorAsync();
        var a = await CreateAsync(editor, "Đồng bộ A", publish: true);
        var token = (await SyncAsync(null)).Next;

        var etag = (await editor.GetAsync($"/api/v1/manage/articles/{a}", Ct)).Headers.ETag!.Tag;
        await editor.PutRawAsync($"/api/v1/manage/articles/{a}", Samples.Article("Đồng bộ A, đã sửa"), etag);
        var edited = await SyncAsync(token);

        Assert.Equal([(a, "Đồng bộ A, đã sửa")], Titles(edited));
        Assert.Empty(edited.Removed);
    }

    [Fact]
    public async Task An_item_unpublished_since_the_last_sync_comes_as_one_to_drop()
    {
        using var editor = await app.EditorAsync();
        var b = await CreateAsync(editor, "Đồng bộ B", publish: true);
        var token = (await SyncAsync(null)).Next;

        await editor.PostJsonAsync($"/api/v1/manage/articles/{b}/unpublish", new { });
        var unpublished = await SyncAsync(token);

        Assert.Equal([new RemovedBody(b, "article")], unpublished.Removed);
        Assert.Empty(unpublished.Items);
    }

    [Fact]
    public async Task An_item_deleted_since_the_last_sync_comes_as_one_to_drop()
    {
        using var editor = await app.EditorAsync();
        var a = await CreateAsync(editor, "Đồng bộ xoá", publish: true);
        var token = (await SyncAsync(null)).Next;

        await DeleteAsync(editor, a);
        var deleted = await SyncAsync(token);

        Assert.Contains(a, deleted.Removed.Select(r => r.Id));
        Assert.Empty(deleted.Items);
    }

    [Fact]
    public async Task An_item_scheduled_for_later_is_not_sent_before_its_time()
    {
        using var editor = await app.EditorAsync();
        var token = (await SyncAsync(null)).Next;

        // A day off: other tests move this class's clock on by minutes, and the item must stay
        // unpublished through their syncs.
        await ScheduleAsync(editor, "Đồng bộ hẹn giờ sau", TimeSpan.FromDays(1));
        var scheduled = await SyncAsync(token);

        Assert.Empty(scheduled.Items);
    }

    [Fact]
    public async Task A_scheduled_item_comes_by_its_time_before_the_scheduler_has_published_it()
    {
        using var editor = await app.EditorAsync();
        var later = await ScheduleAsync(editor, "Đồng bộ đến giờ", TimeSpan.FromMinutes(5));
        var token = (await SyncAsync(null)).Next;
        try
        {
            // Its row held as another instance publishing it would hold it: no write marks it yet.
            await using var connection = new NpgsqlConnection(app.ConnectionString);
            await connection.OpenAsync(Ct);
            await using var transaction = await connection.BeginTransactionAsync(Ct);
            await using (var hold = new NpgsqlCommand($"SELECT id FROM content_items WHERE id = {later} FOR UPDATE", connection, transaction))
            {
                await hold.ExecuteNonQueryAsync(Ct);
            }

            app.Clock.Advance(TimeSpan.FromMinutes(5));
            var wentLive = await SyncAsync(token);

            Assert.Equal([(later, "Đồng bộ đến giờ")], Titles(wentLive));
        }
        finally
        {
            // Left due but unpublished, the scheduler would publish it during another test's sync.
            await DeleteAsync(editor, later);
        }
    }

    [Fact]
    public async Task A_scheduled_item_the_scheduler_has_published_comes_by_that_write()
    {
        using var editor = await app.EditorAsync();
        var later = await ScheduleAsync(editor, "Đồng bộ hẹn giờ", TimeSpan.FromMinutes(5));
        var token = (await SyncAsync(null)).Next;

        await TimeComesAndSchedulerPublishesAsync(later, TimeSpan.FromMinutes(5));
        var wentLive = await SyncAsync(token);

        Assert.Equal([(later, "Đồng bộ hẹn giờ")], Titles(wentLive));
    }

    [Fact]
    public async Task Small_pages_deliver_every_item_once()
    {
        using var editor = await app.EditorAsync();
        var start = (await SyncAsync(null)).Next;
        var published = new List<long>();
        for (var i = 0; i < 5; i++)
        {
            published.Add(await CreateAsync(editor, $"Trang đồng bộ {i}", publish: true));
        }

        // As an app syncs: page after page while the feed says it has more.
        var seen = new List<long>();
        var token = start;
        ChangesBody page;
        do
        {
            page = await SyncAsync(token, limit: 2);
            Assert.True(page.Items.Count <= 2);
            seen.AddRange(page.Items.Select(i => i.Id));
            token = page.Next;
        }
        while (page.HasMore);

        Assert.Equal(published, seen);
        Assert.Empty((await SyncAsync(token, limit: 2)).Items); // and nothing twice
    }

    [Fact]
    public async Task A_change_committed_late_by_an_older_transaction_is_not_skipped()
    {
        using var editor = await app.EditorAsync();
        var slow = await CreateAsync(editor, "Giao dịch chậm", publish: true);
        var token = (await SyncAsync(null)).Next;

        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var transaction = await connection.BeginTransactionAsync(Ct);
        await using (var update = new NpgsqlCommand($"UPDATE content_items SET title = 'Giao dịch chậm, đã sửa' WHERE id = {slow}", connection, transaction))
        {
            await update.ExecuteNonQueryAsync(Ct); // holds an older transaction id, not yet committed
        }

        var fast = await CreateAsync(editor, "Giao dịch nhanh", publish: true); // commits first, with a newer one
        var during = await SyncAsync(token);
        Assert.DoesNotContain(during.Items, i => i.Id == fast); // held back while the older one runs
        await transaction.CommitAsync(Ct);

        // The app syncs again: both come through now the older one has ended.
        var seen = Titles(during).Concat(Titles(await SyncAsync(during.Next))).ToList();

        Assert.Contains((slow, "Giao dịch chậm, đã sửa"), seen);
        Assert.Contains(seen, i => i.Id == fast);
    }

    [Theory]
    [InlineData("since=not-a-token", "since")]
    [InlineData("since=MS4y", "since")] // "1.2" in base64: not a token this API issued
    [InlineData("limit=0", "limit")]
    public async Task A_token_the_api_did_not_issue_or_a_limit_out_of_range_is_a_400(string query, string parameter)
    {
        using var reader = app.Anonymous();

        Assert.Contains(parameter, await (await reader.GetAsync("/api/v1/changes?" + query, Ct)).AssertValidationErrorsAsync());
    }

    private static List<(long Id, string Title)> Titles(ChangesBody sync) => [.. sync.Items.Select(i => (i.Id, i.Title))];

    private async Task<ChangesBody> SyncAsync(string? since, int? limit = null)
    {
        using var reader = app.Anonymous();
        var query = new List<string>();
        if (since is not null)
        {
            query.Add("since=" + Uri.EscapeDataString(since));
        }

        if (limit is not null)
        {
            query.Add($"limit={limit}");
        }

        return await reader.GetBodyAsync<ChangesBody>("/api/v1/changes" + (query.Count > 0 ? "?" + string.Join('&', query) : ""));
    }

    private static async Task<long> CreateAsync(HttpClient editor, string title, bool publish)
    {
        var id = (await editor.PostBodyAsync<ItemBody>("/api/v1/manage/articles", Samples.Article(title))).Id;
        if (publish)
        {
            await editor.PostJsonAsync($"/api/v1/manage/articles/{id}/publish", new { });
        }

        return id;
    }

    private async Task<long> ScheduleAsync(HttpClient editor, string title, TimeSpan from)
    {
        var id = await CreateAsync(editor, title, publish: false);
        await editor.PostJsonAsync($"/api/v1/manage/articles/{id}/schedule", new { publishAt = app.Clock.GetUtcNow().Add(from) });
        return id;
    }

    private async Task DeleteAsync(HttpClient editor, long id) =>
        Assert.Equal(204, (int)(await editor.SendAsync(HttpExtensions.Request(HttpMethod.Delete, $"/api/v1/manage/articles/{id}", null, "*"), Ct)).StatusCode);

    /// <summary>
    /// Moves the clock on and returns once the scheduler has published the item and committed:
    /// each of its publishing transactions sends one NOTIFY on commit, heard here.
    /// </summary>
    private async Task TimeComesAndSchedulerPublishesAsync(long id, TimeSpan by)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync(Ct);
        await using (var listen = new NpgsqlCommand($"LISTEN {CmsChannels.Content}", connection))
        {
            await listen.ExecuteNonQueryAsync(Ct);
        }

        app.Clock.Advance(by);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(15));
        while (await app.DbAsync(db => db.ContentItems.Where(x => x.Id == id).Select(x => x.Status).SingleAsync(Ct)) != ContentStatus.Published)
        {
            await connection.WaitAsync(timeout.Token); // the next commit that touched content
        }
    }
}

/// <summary>Runs <see cref="ChangesFeedTests"/> while no other test class runs (see there why).</summary>
[CollectionDefinition(nameof(ChangesFeedTests), DisableParallelization = true)]
public sealed class ChangesFeedCollection;
