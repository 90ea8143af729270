using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Cms.Tests.Support;
using Npgsql;

namespace Cms.Tests.Deployment;

/// <summary>
/// The API as operators run it behind a load balancer: two real processes (the built binary,
/// on two ports) sharing one database, load spread over both. Counters, caches, the scheduler
/// and webhooks behave as with one; a process stopped with SIGTERM, or killed with SIGKILL, in
/// the middle of the load loses none of the hits it accepted. Each test starts its own two processes on a new database.
/// </summary>
public sealed class TwoProcessTests : IAsyncLifetime
{
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("cms-two-").FullName;
    private readonly List<ApiProcess> processes = [];
    private string connection = string.Empty;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        connection = await (await PostgresServer.GetAsync()).CreateDatabaseAsync("two_processes");
        processes.Add(ApiProcess.Start(connection, dataDirectory));
        processes.Add(ApiProcess.Start(connection, dataDirectory));
        await Task.WhenAll(processes.Select(p => p.WaitReadyAsync()));
    }

    private ApiProcess A => processes[0];

    private ApiProcess B => processes[1];

    private static async Task<long> PublishedAsync(HttpClient editor, string title) =>
        (await editor.PublishedAsync("articles", Samples.Article(title))).As<ItemBody>().Id;

    [Fact]
    public async Task A_webhook_event_from_a_write_through_either_process_arrives_once()
    {
        using var editorA = await A.SignInAsync();
        using var editorB = await B.SignInAsync();
        await using var receiver = new WebhookReceiver();
        await receiver.StartAsync();
        await editorA.PostJsonAsync("/api/v1/manage/webhooks", new { url = receiver.Url, events = new[] { "content.published" }, secret = "two-process-secret-01" });

        var ids = new List<long>();
        for (var i = 0; i < 6; i++)
        {
            ids.Add(await PublishedAsync(i % 2 == 0 ? editorA : editorB, $"Bài số {i + 1} qua hai tiến trình"));
        }

        await receiver.WaitForAcceptedAsync(ids.Count);
        await Task.Delay(500, Ct); // time for a second delivery, were there one
        Assert.Equal(ids.Order(), receiver.Requests.Select(r => r.ItemId).Order());
    }

    [Fact]
    public async Task A_change_through_one_process_evicts_the_others_cached_copy()
    {
        using var editorA = await A.SignInAsync();
        var id = await PublishedAsync(editorA, "Bài số 1 qua hai tiến trình");
        var slug = (await B.Client.GetBodyAsync<ItemBody>($"/api/v1/articles/{id}")).Slug;
        Assert.Equal("Bài số 1 qua hai tiến trình", (await B.Client.GetBodyAsync<ItemBody>($"/api/v1/articles/{slug}")).Title); // cached in B

        var changed = await editorA.PutRawAsync($"/api/v1/manage/articles/{id}", Samples.Article("Bài số 1, đã sửa"), "*");

        Assert.Equal(200, (int)changed.StatusCode);
        // NOTIFY reaches B a moment after the commit: B's answer changes within the wait, not at once.
        await Eventually(async () => (await B.Client.GetBodyAsync<ItemBody>($"/api/v1/articles/{slug}")).Title == "Bài số 1, đã sửa", "B kept serving its cached copy");
    }

    [Fact]
    public async Task A_scheduled_item_is_published_once_by_one_of_the_processes()
    {
        using var editorB = await B.SignInAsync();
        var scheduled = (await editorB.PostBodyAsync<ItemBody>("/api/v1/manage/articles", Samples.Article("Bài hẹn giờ hai tiến trình"))).Id;

        await editorB.PostJsonAsync($"/api/v1/manage/articles/{scheduled}/schedule", new { publishAt = DateTimeOffset.UtcNow.AddSeconds(2) });

        var published = $"SELECT count(*) FROM content_revisions WHERE content_id = {scheduled} AND action = 'published'";
        await Eventually(async () => await ScalarAsync(published) == 1, "The scheduled item was not published");
        await Task.Delay(1500, Ct); // time for a second publish, were there one
        Assert.Equal(1, await ScalarAsync(published));
    }

    [Fact]
    public async Task Hits_spread_over_both_processes_are_each_counted_once()
    {
        using var editorA = await A.SignInAsync();
        var counted = await PublishedAsync(editorA, "Bài đếm qua hai tiến trình");

        for (var i = 0; i < 200; i++)
        {
            var response = await (i % 2 == 0 ? A : B).Client.HitAsync($"two-process-visitor-{i:D4}", counted);
            Assert.Equal(202, (int)response.StatusCode);
        }

        // Each 202 came after its hit's commit: nothing to wait for.
        Assert.Equal(200, await ScalarAsync($"SELECT coalesce(sum(views), 0) FROM content_view_totals WHERE content_id = {counted}"));
    }

    [Fact]
    public async Task A_process_killed_with_sigkill_under_load_loses_no_hit_it_accepted()
    {
        using var editorA = await A.SignInAsync();
        var target = await PublishedAsync(editorA, "Bài đếm khi tiến trình bị giết");
        int accepted = 0, refused = 0, cut = 0;
        var killed = 0; // set just before SIGKILL: a request started before it may have been cut in flight
        var load = Enumerable.Range(0, 32).Select(worker => Task.Run(async () =>
        {
            for (var n = 0; Volatile.Read(ref killed) == 0; n++)
            {
                try
                {
                    var response = await B.Client.HitAsync($"sigkill-{worker}-{n:D6}", target);
                    if ((int)response.StatusCode == 202)
                    {
                        Interlocked.Increment(ref accepted);
                    }
                    else
                    {
                        Interlocked.Increment(ref refused);
                    }
                }
                catch (HttpRequestException)
                {
                    Interlocked.Increment(ref cut); // no answer: B died with the request in flight
                }
            }
        })).ToList();
        await Task.Delay(2000, Ct);

        Volatile.Write(ref killed, 1);
        await B.KillAsync();
        await Task.WhenAll(load);
        var views = await ScalarAsync($"SELECT coalesce(sum(views), 0) FROM content_view_totals WHERE content_id = {target}");
        TestContext.Current.TestOutputHelper?.WriteLine($"B answered 202 to {accepted} hits before SIGKILL, other answers {refused}, cut in flight {cut}; views {views}");

        Assert.True(accepted > 100, $"B accepted only {accepted} hits before it was killed");
        Assert.Equal(0, refused);
        // Every 202 is counted; beyond them, only hits whose request was cut (committed, but the
        // answer never left) can be: each visitor is new, so each counted hit is one view.
        Assert.InRange(views, accepted, accepted + cut);

        // Started again, nothing is replayed or lost, and counting goes on.
        await using var restarted = ApiProcess.Start(connection, dataDirectory);
        await restarted.WaitReadyAsync();
        Assert.Equal(views, await ScalarAsync($"SELECT coalesce(sum(views), 0) FROM content_view_totals WHERE content_id = {target}"));
        Assert.Equal(202, (int)(await restarted.Client.HitAsync("sigkill-after-restart", target)).StatusCode);
        Assert.Equal(views + 1, await ScalarAsync($"SELECT coalesce(sum(views), 0) FROM content_view_totals WHERE content_id = {target}"));
    }

    [Fact]
    public async Task A_process_stopped_with_sigterm_under_load_keeps_every_hit_it_accepted()
    {
        using var editorA = await A.SignInAsync();
        var target = await PublishedAsync(editorA, "Bài đếm khi dừng");
        var accepted = 0;
        using var stop = new CancellationTokenSource();
        var load = Enumerable.Range(0, 6).Select(worker => Task.Run(async () =>
        {
            for (var n = 0; !stop.IsCancellationRequested; n++)
            {
                try
                {
                    var response = await B.Client.HitAsync($"sigterm-{worker}-{n:D6}", target);
                    if ((int)response.StatusCode == 202)
                    {
                        Interlocked.Increment(ref accepted);
                    }
                }
                catch (HttpRequestException)
                {
                    // B is gone: refused, not accepted.
                }
            }
        })).ToList();
        await Task.Delay(1500, Ct);

        B.Terminate();
        Assert.True(await B.WaitForExitAsync(TimeSpan.FromSeconds(40)), "B did not exit within 40 s of SIGTERM");
        await stop.CancelAsync();
        await Task.WhenAll(load);

        Assert.True(accepted > 0, "B accepted no hits before it stopped");
        TestContext.Current.TestOutputHelper?.WriteLine($"B accepted {accepted} hits under load before SIGTERM ended it");
        Assert.Equal(0, B.ExitCode);
        Assert.Equal(accepted, await ScalarAsync($"SELECT coalesce(sum(views), 0) FROM content_view_totals WHERE content_id = {target}"));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var process in processes)
        {
            await process.DisposeAsync();
        }

        Directory.Delete(dataDirectory, recursive: true);
    }

    private async Task<long> ScalarAsync(string sql)
    {
        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(sql, db);
        return Convert.ToInt64(await command.ExecuteScalarAsync(Ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task Eventually(Func<Task<bool>> condition, string failure)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, failure + " within 20 s.");
            await Task.Delay(100, Ct);
        }
    }
}
