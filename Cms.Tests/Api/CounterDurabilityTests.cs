using Cms.Tests.Support;
using Npgsql;

namespace Cms.Tests.Api;

/// <summary>Nothing accepted is lost and nothing is counted twice: across shutdowns, outages and several API processes.</summary>
public sealed class CounterDurabilityTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<long> PublishedArticleAsync(CmsApp app, string title)
    {
        using var editor = await app.EditorAsync();
        return (await editor.PublishedAsync("articles", Samples.Article(title))).As<ItemBody>().Id;
    }

    private static async Task<long> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(Ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task Stopping_the_host_flushes_what_it_accepted()
    {
        var app = new CmsApp();
        await app.InitializeAsync();
        var item = await PublishedArticleAsync(app, "Tắt máy an toàn");
        using (var client = app.Anonymous())
        {
            for (var i = 0; i < 25; i++)
            {
                Assert.Equal(202, (int)(await client.HitAsync($"shutdown-visitor-{i:D3}", item)).StatusCode);
            }
        }

        var connection = app.ConnectionString;
        await app.DisposeAsync(); // no explicit flush: stopping must write the hits

        Assert.Equal(25, await ScalarAsync(connection, $"SELECT views FROM content_view_totals WHERE content_id = {item}"));
        Assert.Equal(25, await ScalarAsync(connection, "SELECT sum(visits) FROM site_daily_visits"));
    }

    [Fact]
    public async Task A_flush_during_a_database_outage_is_retried_with_nothing_lost_or_doubled()
    {
        await using var app = new ExplicitFlushApp(); // the hits below must still be held when the outage starts
        await app.InitializeAsync();
        var item = await PublishedArticleAsync(app, "Mất kết nối cơ sở dữ liệu");
        var database = new NpgsqlConnectionStringBuilder(app.ConnectionString).Database!;
        var admin = new NpgsqlConnectionStringBuilder(app.ConnectionString) { Database = "postgres", Pooling = false }.ConnectionString;

        using var client = app.Anonymous();
        for (var i = 0; i < 10; i++)
        {
            await client.HitAsync($"outage-before-{i:D3}", item);
        }

        // The database stops taking connections, and the open ones are cut.
        await ScalarAsync(admin, $"SELECT count(*) FROM (SELECT 1) x; ALTER DATABASE \"{database}\" ALLOW_CONNECTIONS false");
        await ScalarAsync(admin, $"SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = '{database}'");
        NpgsqlConnection.ClearAllPools();

        var flusher = (Cms.Api.Counters.ICounterFlush)app.Factory.Services.GetService(typeof(Cms.Api.Counters.ICounterFlush))!;
        Assert.False(await flusher.FlushAsync(Ct));
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(202, (int)(await client.HitAsync($"outage-during-{i:D3}", item)).StatusCode); // still accepted, held in memory
        }

        Assert.False(await flusher.FlushAsync(Ct));
        await ScalarAsync(admin, $"SELECT count(*) FROM (SELECT 1) x; ALTER DATABASE \"{database}\" ALLOW_CONNECTIONS true");

        await app.FlushAsync();
        await app.FlushAsync();
        Assert.Equal(20, await ScalarAsync(app.ConnectionString, $"SELECT views FROM content_view_totals WHERE content_id = {item}"));
        Assert.Equal(20, await ScalarAsync(app.ConnectionString, "SELECT sum(visits) FROM site_daily_visits"));
    }

    [Fact]
    public async Task Two_api_processes_on_one_database_count_as_one()
    {
        await using var first = new CmsApp();
        await first.InitializeAsync();
        await using var second = CmsApp.SharingDatabaseWith(first);
        await second.InitializeAsync();
        first.Clock.SetUtcNow(second.Clock.GetUtcNow()); // the second was made later, so its clock is ahead
        var items = new[] { await PublishedArticleAsync(first, "Hai máy chủ một"), await PublishedArticleAsync(first, "Hai máy chủ hai") };

        using var a = first.Anonymous();
        using var b = second.Anonymous();
        // 40 visitors, each viewing both items twice, alternately through either process.
        var tasks = new List<Task<HttpResponseMessage>>();
        for (var v = 0; v < 40; v++)
        {
            foreach (var item in items)
            {
                tasks.Add(a.HitAsync($"two-hosts-visitor-{v:D3}", item));
                tasks.Add(b.HitAsync($"two-hosts-visitor-{v:D3}", item));
            }
        }

        await Task.WhenAll(tasks);
        await Task.WhenAll(first.FlushAsync(), second.FlushAsync());
        await first.FlushAsync();
        await second.FlushAsync();

        foreach (var item in items)
        {
            Assert.Equal(40, await ScalarAsync(first.ConnectionString, $"SELECT views FROM content_view_totals WHERE content_id = {item}"));
        }

        var one = await first.StatsAsync();
        Assert.Equal((40L, 40L), (one.Today, one.Online));
        Assert.Equal(one, await second.StatsAsync());
    }

    /// <summary>Flushes only when a test says so (the timer would otherwise race the test's steps).</summary>
    private sealed class ExplicitFlushApp : CmsApp
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Cms:Counters:FlushInterval"] = "01:00:00",
        };
    }
}
