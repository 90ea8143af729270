using System.Text.Json.Nodes;
using Cms.Tests.Support;
using Npgsql;

namespace Cms.Tests.Deployment;

/// <summary>
/// The API binary as a container runs it: its JSON log lines carry the caller's trace id, and
/// SIGTERM while a webhook delivery is in flight hands the delivery back, so the next process
/// sends it and the receiver still gets the event.
/// </summary>
public sealed class ProcessLifecycleTests : IAsyncLifetime
{
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("cms-lifecycle-").FullName;
    private string connection = string.Empty;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() =>
        connection = await (await PostgresServer.GetAsync()).CreateDatabaseAsync("lifecycle");

    [Fact]
    public async Task Request_log_lines_are_json_with_the_callers_trace_id()
    {
        await using var api = ApiProcess.Start(connection, dataDirectory, new Dictionary<string, string>
        {
            ["Logging__Console__FormatterName"] = "json",
            ["Logging__Console__FormatterOptions__IncludeScopes"] = "true",
            ["Logging__LogLevel__Microsoft.AspNetCore.Hosting.Diagnostics"] = "Information",
        });
        await api.WaitReadyAsync();
        var traceId = Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/categories");
        request.Headers.TryAddWithoutValidation("traceparent", $"00-{traceId}-{Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(8))}-01");
        Assert.Equal(200, (int)(await api.Client.SendAsync(request, Ct)).StatusCode);

        var deadline = DateTime.UtcNow.AddSeconds(10);
        JsonNode? line; // raw: a log line's scopes are strings or objects, no one shape
        do
        {
            await Task.Delay(100, Ct);
            line = api.Lines.Where(l => l.StartsWith('{')).Select(l => JsonNode.Parse(l)!)
                .FirstOrDefault(entry => entry["Scopes"]?.AsArray().Any(scope => (string?)scope?["TraceId"] == traceId) == true);
        }
        while (line is null && DateTime.UtcNow < deadline);

        Assert.NotNull(line);
        Assert.Equal("Microsoft.AspNetCore.Hosting.Diagnostics", (string?)line["Category"]);
        Assert.Contains("/api/v1/categories", (string?)line["Message"], StringComparison.Ordinal);
        Assert.All(api.Lines.Where(l => l.Length > 0), l => Assert.StartsWith("{", l, StringComparison.Ordinal)); // nothing but JSON
    }

    [Fact]
    public async Task Sigterm_hands_back_a_delivery_in_flight_and_the_next_process_sends_it()
    {
        await using var receiver = new WebhookReceiver { Delay = TimeSpan.FromSeconds(30) };
        await receiver.StartAsync();
        long id;
        var first = ApiProcess.Start(connection, dataDirectory);
        await using (first)
        {
            await first.WaitReadyAsync();
            using var editor = await first.SignInAsync();
            await editor.PostJsonAsync("/api/v1/manage/webhooks", new { url = receiver.Url, events = new[] { "content.published" }, secret = "lifecycle-secret-0001" });
            id = (await editor.PostBodyAsync<ItemBody>("/api/v1/manage/articles", Samples.Article("Bài đang gửi khi dừng"))).Id;
            await editor.PostJsonAsync($"/api/v1/manage/articles/{id}/publish", new { });

            var deadline = DateTime.UtcNow.AddSeconds(15);
            while (receiver.Arrived == 0)
            {
                Assert.True(DateTime.UtcNow < deadline, "The delivery never reached the receiver.");
                await Task.Delay(50, Ct);
            }

            first.Terminate(); // mid-delivery: the receiver is still thinking
            Assert.True(await first.WaitForExitAsync(TimeSpan.FromSeconds(15)), "SIGTERM waited for the slow receiver instead of handing the delivery back");
            Assert.Equal(0, first.ExitCode);
        }

        // Handed back: still owed, not counted as an attempt, free for any process to take now.
        await using (var db = new NpgsqlConnection(connection))
        {
            await db.OpenAsync(Ct);
            await using var read = new NpgsqlCommand("SELECT state, attempts, lease_until IS NULL FROM webhook_deliveries WHERE content_id = @id", db);
            read.Parameters.AddWithValue("id", id);
            await using var row = await read.ExecuteReaderAsync(Ct);
            Assert.True(await row.ReadAsync(Ct));
            Assert.Equal(("Pending", 0, true), (row.GetString(0), row.GetInt32(1), row.GetBoolean(2)));
        }

        receiver.Delay = TimeSpan.Zero;
        await using var second = ApiProcess.Start(connection, dataDirectory);
        await second.WaitReadyAsync();
        var accepted = Assert.Single(await receiver.WaitForAcceptedAsync(1));
        Assert.Equal(id, accepted.ItemId);
        Assert.Equal("content.published", accepted.Event);
    }

    public ValueTask DisposeAsync()
    {
        Directory.Delete(dataDirectory, recursive: true);
        return ValueTask.CompletedTask;
    }
}
