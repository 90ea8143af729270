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

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(Ct);
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
    public async Task A_202_means_the_hit_is_already_in_the_database()
    {
        await using var app = new CounterApp(flushInterval: TimeSpan.FromHours(1), hold: TimeSpan.FromMinutes(1)); // nothing periodic runs
        await app.InitializeAsync();
        var item = await PublishedArticleAsync(app, "Chấp nhận là đã lưu");
        using var client = app.Anonymous();

        Assert.Equal(202, (int)(await client.HitAsync("committed-visitor-001", item)).StatusCode);

        // No flush asked for: the answer came after the commit.
        Assert.Equal(1, await ScalarAsync(app.ConnectionString, $"SELECT views FROM content_view_totals WHERE content_id = {item}"));
        Assert.Equal(1, await ScalarAsync(app.ConnectionString, "SELECT sum(visits) FROM site_daily_visits"));
    }

    [Fact]
    public async Task Hits_sent_while_the_database_is_away_wait_for_it_and_count_once()
    {
        await using var app = new CounterApp(flushInterval: TimeSpan.FromMilliseconds(200), hold: TimeSpan.FromMinutes(2));
        await app.InitializeAsync();
        var item = await PublishedArticleAsync(app, "Mất kết nối cơ sở dữ liệu");
        using var client = app.Anonymous();
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(202, (int)(await client.HitAsync($"outage-before-{i:D3}", item)).StatusCode);
        }

        await using (var outage = await DatabaseOutage.BeginAsync(app.ConnectionString))
        {
            var during = Enumerable.Range(0, 10).Select(i => client.HitAsync($"outage-during-{i:D3}", item)).ToList();
            await WaitForCountersAsync(app, "degraded"); // the flusher has tried and failed

            Assert.All(during, hit => Assert.False(hit.IsCompleted, "A hit was answered while the database was away."));
            await outage.EndAsync();
            Assert.All(await Task.WhenAll(during), hit => Assert.Equal(202, (int)hit.StatusCode));
        }

        Assert.Equal(20, await ScalarAsync(app.ConnectionString, $"SELECT views FROM content_view_totals WHERE content_id = {item}"));
        Assert.Equal(20, await ScalarAsync(app.ConnectionString, "SELECT sum(visits) FROM site_daily_visits"));
        await WaitForCountersAsync(app, "healthy");
    }

    [Fact]
    public async Task A_hit_the_database_does_not_take_within_the_hold_timeout_is_told_503_and_never_counted()
    {
        await using var app = new CounterApp(flushInterval: TimeSpan.FromMilliseconds(200), hold: TimeSpan.FromSeconds(1));
        await app.InitializeAsync();
        var item = await PublishedArticleAsync(app, "Quá thời gian chờ");
        using var client = app.Anonymous();

        await using (var outage = await DatabaseOutage.BeginAsync(app.ConnectionString))
        {
            foreach (var answer in await Task.WhenAll(Enumerable.Range(0, 5).Select(i => client.HitAsync($"given-up-{i:D3}", item))))
            {
                var problem = await answer.AssertProblemAsync(503);
                Assert.Contains("not counted", problem.Detail, StringComparison.Ordinal);
            }

            await outage.EndAsync();
        }

        await app.FlushAsync();
        Assert.Equal(0, await ScalarAsync(app.ConnectionString, $"SELECT count(*) FROM content_view_totals WHERE content_id = {item}"));
        Assert.Equal(0, await ScalarAsync(app.ConnectionString, "SELECT coalesce(sum(visits), 0) FROM site_daily_visits"));
        Assert.Equal(202, (int)(await client.HitAsync("given-up-after", item)).StatusCode); // counting resumed
    }

    [Fact]
    public async Task A_batch_whose_commit_was_cut_is_never_given_up_and_counts_once()
    {
        await using var app = new CounterApp(flushInterval: TimeSpan.FromMilliseconds(200), hold: TimeSpan.FromSeconds(1));
        await app.InitializeAsync();
        var item = await PublishedArticleAsync(app, "Cam kết bị cắt ngang");
        // Every commit of a batch now takes 3 s (a deferred trigger), long enough to cut it mid-COMMIT.
        await ExecuteAsync(app.ConnectionString, """
            CREATE FUNCTION test_slow_commit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_sleep(3); RETURN NULL; END $$;
            CREATE CONSTRAINT TRIGGER test_slow_commit AFTER INSERT ON applied_counter_batches
              DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION test_slow_commit();
            """);
        using var client = app.Anonymous();
        var sent = DateTime.UtcNow;
        var hit = client.HitAsync("cut-commit-visitor-001", item);

        var database = new NpgsqlConnectionStringBuilder(app.ConnectionString).Database!;
        var committing = $"SELECT coalesce(max(pid), 0) FROM pg_stat_activity WHERE datname = '{database}' AND state = 'active' AND query = 'COMMIT'";
        long pid;
        while ((pid = await ScalarAsync(app.ConnectionString, committing)) == 0)
        {
            await Task.Delay(20, Ct);
        }

        // Older than the hold timeout when its COMMIT breaks: only "the database may have it"
        // keeps the batch from being given up, and it must (a 503 could be a lie).
        await Task.Delay(TimeSpan.FromSeconds(1.5) - (DateTime.UtcNow - sent) is { Ticks: > 0 } wait ? wait : TimeSpan.Zero, Ct);
        Assert.Equal(1, await ScalarAsync(app.ConnectionString, $"SELECT count(pg_terminate_backend({pid}))"));

        Assert.Equal(202, (int)(await hit).StatusCode); // retried under its id, committed the second time
        await ExecuteAsync(app.ConnectionString, "DROP TRIGGER test_slow_commit ON applied_counter_batches");
        Assert.Equal(1, await ScalarAsync(app.ConnectionString, $"SELECT views FROM content_view_totals WHERE content_id = {item}"));
        Assert.Equal(1, await ScalarAsync(app.ConnectionString, "SELECT count(*) FROM applied_counter_batches"));
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

    /// <summary>Waits (up to 30 s) until the readiness check reports the counters in the given state.</summary>
    private static async Task WaitForCountersAsync(CmsApp app, string state)
    {
        using var client = app.Anonymous();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        string? seen = null;
        while (DateTime.UtcNow < deadline)
        {
            var ready = await client.GetAsync("/health/ready", Ct);
            seen = (await ready.BodyAsync<HealthBody>()).Checks["counters"].Status;
            if (seen == state)
            {
                return;
            }

            await Task.Delay(50, Ct);
        }

        Assert.Fail($"The counters stayed {seen}, not {state}.");
    }

    /// <summary>The counters' timing set by the test: how often periodic work and retries run, how long a beacon may wait.</summary>
    private sealed class CounterApp(TimeSpan flushInterval, TimeSpan hold) : CmsApp
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Cms:Counters:FlushInterval"] = flushInterval.ToString("c", System.Globalization.CultureInfo.InvariantCulture),
            ["Cms:Counters:HoldTimeout"] = hold.ToString("c", System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    /// <summary>The test's database stops taking connections and its open ones are cut, until EndAsync (or disposal).</summary>
    private sealed class DatabaseOutage : IAsyncDisposable
    {
        private readonly string admin;
        private readonly string database;
        private bool ended;

        private DatabaseOutage(string connectionString)
        {
            database = new NpgsqlConnectionStringBuilder(connectionString).Database!;
            admin = new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false }.ConnectionString;
        }

        public static async Task<DatabaseOutage> BeginAsync(string connectionString)
        {
            var outage = new DatabaseOutage(connectionString);
            await ExecuteAsync(outage.admin, $"ALTER DATABASE \"{outage.database}\" ALLOW_CONNECTIONS false");
            await ScalarAsync(outage.admin, $"SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = '{outage.database}'");
            NpgsqlConnection.ClearAllPools();
            return outage;
        }

        public async Task EndAsync()
        {
            if (!ended)
            {
                ended = true;
                await ExecuteAsync(admin, $"ALTER DATABASE \"{database}\" ALLOW_CONNECTIONS true");
            }
        }

        public async ValueTask DisposeAsync() => await EndAsync();
    }
}
