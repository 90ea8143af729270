using System.Text.Json.Nodes;
using Cms.Tests.Support;
using Npgsql;

namespace Cms.Tests.Api;

/// <summary>
/// GET /changes: a first sync gets everything public; later syncs get what was published or
/// changed and what to drop, across publish, edit, unpublish, delete and a scheduled time
/// passing, page by page, with no change skipped even when transactions commit out of order.
/// </summary>
public sealed class ChangesFeedTests(CmsApp app) : IClassFixture<CmsApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed record Sync(List<(long Id, string Title)> Items, List<long> Removed, string Next, bool HasMore);

    private async Task<Sync> SyncAsync(string? since, int? limit = null)
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

        var body = await reader.GetJsonAsync("/api/v1/changes" + (query.Count > 0 ? "?" + string.Join('&', query) : ""));
        return new Sync(
            [.. body["items"]!.AsArray().Select(i => ((long)i!["id"]!, (string)i["title"]!))],
            [.. body["removed"]!.AsArray().Select(r => (long)r!["id"]!)],
            (string)body["next"]!,
            (bool)body["hasMore"]!);
    }

    /// <summary>
    /// Syncs from <paramref name="since"/> as an app does until <paramref name="done"/> holds for
    /// everything gathered: the feed hands a change out only once older transactions anywhere in
    /// the cluster have ended, and other test classes run theirs in parallel.
    /// </summary>
    private async Task<Sync> SyncUntilAsync(string? since, Func<Sync, bool> done)
    {
        var gathered = new Sync([], [], since ?? "", false);
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var page = await SyncAsync(attempt == 0 ? since : gathered.Next);
            gathered = new Sync([.. gathered.Items, .. page.Items], [.. gathered.Removed, .. page.Removed], page.Next, page.HasMore);
            if (done(gathered))
            {
                break;
            }

            await Task.Delay(50, Ct);
        }

        return gathered;
    }

    private async Task<long> CreateAsync(HttpClient editor, string title, bool publish)
    {
        var id = (long)(await editor.PostJsonAsync("/api/v1/manage/articles", Samples.Article(title)))["id"]!;
        if (publish)
        {
            await editor.PostJsonAsync($"/api/v1/manage/articles/{id}/publish", new { });
        }

        return id;
    }

    [Fact]
    public async Task A_copy_kept_in_sync_follows_every_kind_of_change()
    {
        using var editor = await app.EditorAsync();
        var a = await CreateAsync(editor, "Đồng bộ A", publish: true);
        var b = await CreateAsync(editor, "Đồng bộ B", publish: true);
        var draft = await CreateAsync(editor, "Đồng bộ nháp", publish: false);

        var first = await SyncUntilAsync(null, s => s.Items.Any(i => i.Id == a) && s.Items.Any(i => i.Id == b));
        Assert.Contains((a, "Đồng bộ A"), first.Items);
        Assert.Contains((b, "Đồng bộ B"), first.Items);
        Assert.DoesNotContain(first.Items, i => i.Id == draft);
        Assert.Empty(first.Removed);

        var nothing = await SyncAsync(first.Next);
        Assert.Empty(nothing.Items);
        Assert.Empty(nothing.Removed);

        var etag = (await editor.GetAsync($"/api/v1/manage/articles/{a}", Ct)).Headers.ETag!.Tag;
        await editor.PutRawAsync($"/api/v1/manage/articles/{a}", Samples.Article("Đồng bộ A, đã sửa"), etag);
        await editor.PostJsonAsync($"/api/v1/manage/articles/{b}/unpublish", new { });
        var edited = await SyncUntilAsync(nothing.Next, s => s.Items.Count > 0 && s.Removed.Count > 0);
        Assert.Equal([(a, "Đồng bộ A, đã sửa")], edited.Items);
        Assert.Equal([b], edited.Removed);

        await editor.SendAsync(HttpExtensions.Request(HttpMethod.Delete, $"/api/v1/manage/articles/{a}", null, "*"), Ct);
        var later = await editor.PostJsonAsync("/api/v1/manage/articles", Samples.Article("Đồng bộ hẹn giờ"));
        await editor.PostJsonAsync($"/api/v1/manage/articles/{(long)later["id"]!}/schedule", new { publishAt = app.Clock.GetUtcNow().AddMinutes(5) });
        var deleted = await SyncUntilAsync(edited.Next, s => s.Removed.Contains(a));
        Assert.Contains(a, deleted.Removed);
        Assert.Empty(deleted.Items);

        // Its time comes: the sync sees it by its time or, once the scheduler has published it, by
        // that write (which the feed hands out when older transactions in the cluster have ended).
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        var wentLive = await SyncUntilAsync(deleted.Next, s => s.Items.Count > 0);
        Assert.Equal([((long)later["id"]!, "Đồng bộ hẹn giờ")], wentLive.Items.Distinct());
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

        // As an app syncs: page after page, and when the feed has nothing more yet, again a
        // little later (a transaction running elsewhere in the cluster holds newer changes back).
        var seen = new List<long>();
        var token = start;
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (seen.Count < published.Count && DateTime.UtcNow < deadline)
        {
            var page = await SyncAsync(token, limit: 2);
            Assert.True(page.Items.Count <= 2);
            seen.AddRange(page.Items.Select(i => i.Id));
            token = page.Next;
            if (!page.HasMore)
            {
                await Task.Delay(50, Ct);
            }
        }

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

        // The app syncs again until both have come through.
        var seen = during.Items.Concat((await SyncUntilAsync(
            during.Next,
            s => s.Items.Concat(during.Items).Contains((slow, "Giao dịch chậm, đã sửa")) && s.Items.Concat(during.Items).Any(i => i.Id == fast))).Items).ToList();

        Assert.Contains((slow, "Giao dịch chậm, đã sửa"), seen);
        Assert.Contains(seen, i => i.Id == fast);
    }

    [Fact]
    public async Task A_token_the_api_did_not_issue_is_a_400()
    {
        using var reader = app.Anonymous();
        Assert.Contains("since", await (await reader.GetAsync("/api/v1/changes?since=not-a-token", Ct)).AssertValidationErrorsAsync());
        Assert.Contains("since", await (await reader.GetAsync("/api/v1/changes?since=" + Convert.ToBase64String("1.2"u8.ToArray()), Ct)).AssertValidationErrorsAsync());
        Assert.Contains("limit", await (await reader.GetAsync("/api/v1/changes?limit=0", Ct)).AssertValidationErrorsAsync());
    }
}
