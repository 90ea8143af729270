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
/// and webhooks behave as with one; a process stopped with SIGTERM in the middle of the load
/// loses none of the hits it accepted.
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

    [Fact]
    public async Task Two_processes_count_cache_schedule_and_deliver_as_one_and_sigterm_loses_no_accepted_hit()
    {
        var (a, b) = (processes[0], processes[1]);
        using var editorA = await a.SignInAsync();
        using var editorB = await b.SignInAsync();

        // Webhooks: a subscription made through one process; events from writes through either arrive once.
        await using var receiver = new WebhookReceiver();
        await receiver.StartAsync();
        await editorA.PostJsonAsync("/api/v1/manage/webhooks", new { url = receiver.Url, events = new[] { "content.published" }, secret = "two-process-secret-01" });

        var ids = new List<long>();
        for (var i = 0; i < 6; i++)
        {
            var editor = i % 2 == 0 ? editorA : editorB;
            var id = (long)(await editor.PostJsonAsync("/api/v1/manage/articles", Samples.Article($"Bài số {i + 1} qua hai tiến trình")))["id"]!;
            await editor.PostJsonAsync($"/api/v1/manage/articles/{id}/publish", new { });
            ids.Add(id);
        }

        var delivered = await receiver.WaitForAcceptedAsync(ids.Count);
        await Task.Delay(500, Ct);
        Assert.Equal(ids.Order(), receiver.Requests.Select(r => r.ItemId).Order()); // each once

        // Caches: B serves an item, A changes it, B's next answer is the new one (NOTIFY).
        var slug = (string)(await b.Client.GetJsonAsync($"/api/v1/articles/{ids[0]}"))["slug"]!;
        Assert.Equal("Bài số 1 qua hai tiến trình", (string?)(await b.Client.GetJsonAsync($"/api/v1/articles/{slug}"))["title"]);
        var changed = await editorA.PutRawAsync($"/api/v1/manage/articles/{ids[0]}", Samples.Article("Bài số 1, đã sửa"), "*");
        Assert.Equal(200, (int)changed.StatusCode);
        await Eventually(async () => (string?)(await b.Client.GetJsonAsync($"/api/v1/articles/{slug}"))["title"] == "Bài số 1, đã sửa", "B kept serving its cached copy");

        // Scheduler: due in two seconds; published once, by one of them.
        var scheduled = (long)(await editorB.PostJsonAsync("/api/v1/manage/articles", Samples.Article("Bài hẹn giờ hai tiến trình")))["id"]!;
        await editorB.PostJsonAsync($"/api/v1/manage/articles/{scheduled}/schedule", new { publishAt = DateTimeOffset.UtcNow.AddSeconds(2) });
        await Eventually(async () => await ScalarAsync($"SELECT count(*) FROM content_revisions WHERE content_id = {scheduled} AND action = 'published'") == 1,
            "The scheduled item was not published");
        await Task.Delay(1500, Ct);
        Assert.Equal(1, await ScalarAsync($"SELECT count(*) FROM content_revisions WHERE content_id = {scheduled} AND action = 'published'"));
        await receiver.WaitForAcceptedAsync(ids.Count + 1); // the scheduler's publish is an event like any other

        // Counters: hits spread over both processes, each counted once.
        var counted = ids[1];
        var sent = 0;
        for (var i = 0; i < 200; i++)
        {
            var response = await (i % 2 == 0 ? a : b).Client.HitAsync($"two-process-visitor-{i:D4}", counted);
            Assert.Equal(202, (int)response.StatusCode);
            sent++;
        }

        await Eventually(async () => await ScalarAsync($"SELECT coalesce(sum(views), 0) FROM content_view_totals WHERE content_id = {counted}") == sent,
            "Hits spread over both processes were not all counted");

        // SIGTERM to B under load: every hit B accepted (202) is in the database once B has exited.
        var target = ids[2];
        var accepted = 0;
        using var stop = new CancellationTokenSource();
        var load = Enumerable.Range(0, 6).Select(worker => Task.Run(async () =>
        {
            for (var n = 0; !stop.IsCancellationRequested; n++)
            {
                try
                {
                    var response = await b.Client.HitAsync($"sigterm-{worker}-{n:D6}", target);
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
        b.Terminate();
        Assert.True(await b.WaitForExitAsync(TimeSpan.FromSeconds(40)), "B did not exit within 40 s of SIGTERM");
        await stop.CancelAsync();
        await Task.WhenAll(load);
        Assert.True(accepted > 0, "B accepted no hits before it stopped");
        TestContext.Current.TestOutputHelper?.WriteLine($"B accepted {accepted} hits under load before SIGTERM ended it");
        Assert.Equal(0, b.ExitCode);
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
