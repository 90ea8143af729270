using Cms.Tests.Support;
using Npgsql;

namespace Cms.Tests.Api;

/// <summary>
/// A database restart or failover drops every open connection. The API's pooled connections
/// then fail on their next use; those transient failures are retried on fresh connections
/// instead of reaching readers and editors as 500s: EF Core's queries and the public item's own one.
/// </summary>
public sealed class ConnectionResilienceTests(CmsApp app) : IClassFixture<CmsApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Requests_after_the_server_dropped_every_connection_still_succeed()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        for (var round = 0; round < 3; round++)
        {
            // Never read before, so no cache answers for the database.
            var article = (await editor.PublishedAsync("articles", Samples.Article($"Tin sau sự cố {round}"))).As<ItemBody>();
            // Warm the pool: several connections open and idle.
            await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => editor.GetAsync("/api/v1/manage/articles?status=draft", Ct)));
            var dropped = await TerminateConnectionsAsync();
            Assert.True(dropped > 0, "No API connection was there to drop.");

            var read = await reader.GetAsync($"/api/v1/articles/{article.Slug}", Ct);
            Assert.Equal(200, (int)read.StatusCode);
            var list = await editor.GetAsync("/api/v1/manage/articles", Ct);
            Assert.Equal(200, (int)list.StatusCode);
            var created = await editor.PostAsync("/api/v1/manage/categories", System.Net.Http.Json.JsonContent.Create(new { name = $"Chuyên mục sau sự cố {round}" }), Ct);
            Assert.Equal(201, (int)created.StatusCode);
        }
    }

    /// <summary>What a restart does to the API's sessions: pg_terminate_backend on each.</summary>
    private async Task<int> TerminateConnectionsAsync()
    {
        var database = new NpgsqlConnectionStringBuilder(app.ConnectionString).Database!;
        await using var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(app.ConnectionString) { Database = "postgres", Pooling = false }.ConnectionString);
        await admin.OpenAsync(Ct);
        await using var terminate = new NpgsqlCommand(
            "SELECT count(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = @db AND pid <> pg_backend_pid()) t", admin);
        terminate.Parameters.AddWithValue("db", database);
        var count = (long)(await terminate.ExecuteScalarAsync(Ct))!;
        await Task.Delay(100, Ct); // the server has closed them
        return (int)count;
    }
}
