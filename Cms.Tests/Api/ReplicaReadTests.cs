using System.Text.RegularExpressions;
using Cms.Infrastructure.Replicas;
using Cms.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Cms.Tests.Api;

/// <summary>
/// Public reads from a real PostgreSQL streaming replica (a second postmaster made with
/// pg_basebackup -R): they go there once it has caught up, never return what it has not replayed
/// after a change (replay paused), cost readers nothing when it stops, and health says how it
/// stands. Which server answered is seen from a title changed on the primary with its triggers
/// off: the replica, paused, still holds the old one.
/// </summary>
public sealed class ReplicaReadTests(ReplicaReadTests.Pair pair) : IClassFixture<ReplicaReadTests.Pair>, IAsyncLifetime
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    /// <summary>Every test starts with the replica running, replaying and caught up.</summary>
    public async ValueTask InitializeAsync()
    {
        await pair.Postgres.ResumeReplayAsync();
        await pair.Postgres.WaitForReplayAsync();
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private async Task<ItemBody> PublishedAsync(string title)
    {
        using var editor = await pair.Cached.EditorAsync();
        return (await editor.PublishedAsync("articles", Samples.Article(title))).As<ItemBody>();
    }

    private static async Task<string> PublicTitleAsync(CmsApp app, string url)
    {
        using var reader = app.Anonymous();
        return (await reader.GetBodyAsync<ItemBody>(url)).Title;
    }

    private async Task<string> TitleOnAsync(string connectionString, long id)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand("SELECT title FROM content_items WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", id);
        return (string)(await command.ExecuteScalarAsync(Ct))!;
    }

    /// <summary>
    /// With replay paused, renames the item on the primary unannounced, then waits until the
    /// uncached app reads it from the replica (the old title): its reads are on the replica now.
    /// First the app must know where every change so far lies, and the replica be past it.
    /// </summary>
    private async Task ReadingTheReplicaAsync(CmsApp app, ItemBody item)
    {
        await DatabaseBehindTheApi.NotificationsHeardAsync(app);
        var positions = app.Factory.Services.GetRequiredService<WalPositions>();
        await EventuallyAsync(() => Task.FromResult(positions.Settled), "The app never placed the changes it heard of");
        await pair.Postgres.WaitForReplayAsync();
        await pair.Postgres.PauseReplayAsync();
        await DatabaseBehindTheApi.RenameQuietlyAsync(pair.Postgres.PrimaryConnection, item.Id, item.Title + " (chỉ trên máy chính)");
        var replicas = app.Factory.Services.GetRequiredService<ReplicaSet>();
        await EventuallyAsync(async () => await PublicTitleAsync(app, $"/api/v1/articles/{item.Id}") == item.Title,
            $"The app never read from the replica: {replicas.All[0].State} {replicas.All[0].Problem}, replayed {replicas.All[0].Replayed:X}, "
            + $"settled {positions.Settled}, required {positions.Required:X}");
    }

    private static async Task EventuallyAsync(Func<Task<bool>> condition, string failure)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(waited.Elapsed < Patience, failure);
            await Task.Delay(50, Ct);
        }
    }

    private static async Task<ReplicaCheckBody> ReplicaHealthAsync(CmsApp app) => (await ReplicaHealth.ReadAsync(app)).Replicas;

    private static async Task<ReplicaStateBody> ReplicaStateWhenAsync(CmsApp app, string state)
    {
        ReplicaStateBody? found = null;
        await EventuallyAsync(async () => (found = (await ReplicaHealthAsync(app)).Data!.Values.Single()).State == state,
            $"The replica never became {state}");
        return found!;
    }

    [Fact]
    public async Task Public_reads_go_to_the_replica_once_it_has_caught_up()
    {
        var item = await PublishedAsync("Đọc từ bản sao");

        await ReadingTheReplicaAsync(pair.Uncached, item);

        Assert.Equal(item.Title, await TitleOnAsync(pair.Postgres.ReplicaConnection, item.Id));
        Assert.NotEqual(item.Title, await TitleOnAsync(pair.Postgres.PrimaryConnection, item.Id));
    }

    [Fact]
    public async Task Management_reads_stay_on_the_primary()
    {
        var item = await PublishedAsync("Biên tập viên đọc máy chính");
        await ReadingTheReplicaAsync(pair.Uncached, item);

        using var editor = await pair.Uncached.EditorAsync();
        var managed = await editor.GetBodyAsync<ItemBody>($"/api/v1/manage/articles/{item.Id}");

        Assert.Equal(item.Title + " (chỉ trên máy chính)", managed.Title);
    }

    [Fact]
    public async Task An_edit_is_read_at_once_while_the_replica_has_not_replayed_it_and_the_cache_keeps_the_new_version()
    {
        var item = await PublishedAsync("Trước khi sửa");
        await DatabaseBehindTheApi.NotificationsHeardAsync(pair.Cached);
        Assert.Equal("Trước khi sửa", await PublicTitleAsync(pair.Cached, $"/api/v1/articles/{item.Id}")); // cached now
        await pair.Postgres.WaitForReplayAsync();
        await pair.Postgres.PauseReplayAsync();

        using (var editor = await pair.Cached.EditorAsync())
        {
            var etag = (await editor.GetAsync($"/api/v1/manage/articles/{item.Id}", Ct)).Headers.ETag!.Tag;
            Assert.Equal(200, (int)(await editor.PutRawAsync($"/api/v1/manage/articles/{item.Id}", Samples.Article("Sửa khi bản sao dừng"), etag)).StatusCode);
        }

        // Right after the save, on the same instance: the item, its section's list, again (cached).
        Assert.Equal("Sửa khi bản sao dừng", await PublicTitleAsync(pair.Cached, $"/api/v1/articles/{item.Id}"));
        using (var reader = pair.Cached.Anonymous())
        {
            Assert.Contains("Sửa khi bản sao dừng", (await reader.GetBodyAsync<PageBody<ItemBody>>("/api/v1/articles?pageSize=100")).Items.Select(i => i.Title));
        }

        Assert.Equal("Sửa khi bản sao dừng", await PublicTitleAsync(pair.Cached, $"/api/v1/articles/{item.Id}"));
        Assert.Equal("Trước khi sửa", await TitleOnAsync(pair.Postgres.ReplicaConnection, item.Id)); // the replica had not replayed it

        await pair.Postgres.ResumeReplayAsync();
        await pair.Postgres.WaitForReplayAsync();
        Assert.Equal("Sửa khi bản sao dừng", await PublicTitleAsync(pair.Cached, $"/api/v1/articles/{item.Id}"));
    }

    [Fact]
    public async Task A_change_another_process_makes_is_read_at_once_once_heard()
    {
        var item = await PublishedAsync("Trước khi máy khác sửa");
        await ReadingTheReplicaAsync(pair.Uncached, item);

        // As another API process (or psql) would: the triggers announce it when it commits.
        await DatabaseBehindTheApi.RenameAsync(pair.Postgres.PrimaryConnection, item.Id, "Máy khác đã sửa");
        await DatabaseBehindTheApi.NotificationsHeardAsync(pair.Uncached);

        Assert.Equal("Máy khác đã sửa", await PublicTitleAsync(pair.Uncached, $"/api/v1/articles/{item.Id}"));
        Assert.Equal(item.Title, await TitleOnAsync(pair.Postgres.ReplicaConnection, item.Id));
    }

    [Fact]
    public async Task A_change_saved_in_a_transaction_is_read_at_once_too()
    {
        var item = await PublishedAsync("Tin nổi bật mới");
        using var reader = pair.Cached.Anonymous();
        Assert.DoesNotContain(item.Id, (await reader.GetBodyAsync<FeaturedBody>("/api/v1/featured")).Items.Select(i => i.Id)); // cached now
        await pair.Postgres.WaitForReplayAsync();
        await pair.Postgres.PauseReplayAsync();

        using (var editor = await pair.Cached.EditorAsync())
        {
            var etag = (await editor.GetAsync("/api/v1/manage/featured", Ct)).Headers.ETag!.Tag;
            Assert.Equal(200, (int)(await editor.PutRawAsync("/api/v1/manage/featured", new { itemIds = new[] { item.Id } }, etag)).StatusCode);
        }

        Assert.Equal([item.Id], (await reader.GetBodyAsync<FeaturedBody>("/api/v1/featured")).Items.Select(i => i.Id));
    }

    [Fact]
    public async Task The_same_content_has_the_same_etag_from_the_replica_and_from_the_primary()
    {
        var item = await PublishedAsync("Cùng một thẻ");
        var other = await PublishedAsync("Bài để biết ai trả lời");
        await ReadingTheReplicaAsync(pair.Uncached, other);
        using var reader = pair.Uncached.Anonymous();
        var fromReplica = (await reader.GetAsync($"/api/v1/articles/{item.Id}", Ct)).Headers.ETag!.Tag;

        // Any change heard sends reads to the primary while the paused replica lags behind it.
        await DatabaseBehindTheApi.RenameAsync(pair.Postgres.PrimaryConnection, other.Id, "Bài để biết ai trả lời (đã sửa)");
        await DatabaseBehindTheApi.NotificationsHeardAsync(pair.Uncached);
        Assert.Equal("Bài để biết ai trả lời (đã sửa)", await PublicTitleAsync(pair.Uncached, $"/api/v1/articles/{other.Id}"));
        var fromPrimary = await reader.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/api/v1/articles/{item.Id}") { Headers = { { "If-None-Match", fromReplica } } }, Ct);

        Assert.Equal(304, (int)fromPrimary.StatusCode);
        Assert.Equal(fromReplica, fromPrimary.Headers.ETag!.Tag);
    }

    private static async Task<string> FeedPositionAsync(HttpClient reader)
    {
        var changes = await reader.GetAsync("/api/v1/changes", Ct);
        Assert.Equal(200, (int)changes.StatusCode);
        return Assert.Single(changes.Headers.GetValues("Cms-Position"));
    }

    private static async Task<string> TitleReadAfterAsync(HttpClient reader, string url, string position)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url) { Headers = { { "Cms-Read-After", position } } };
        return (await (await reader.SendAsync(request, Ct)).BodyAsync<ItemBody>()).Title;
    }

    [Fact]
    public async Task A_read_after_the_feeds_position_is_not_answered_from_a_cache_that_has_not_heard_of_a_change()
    {
        var item = await PublishedAsync("Trước khi đổi lặng lẽ");
        await DatabaseBehindTheApi.NotificationsHeardAsync(pair.Cached);
        var url = $"/api/v1/articles/{item.Id}";
        Assert.Equal(item.Title, await PublicTitleAsync(pair.Cached, url)); // cached now

        // Unannounced, as a change another process made would be before its notice arrives.
        await DatabaseBehindTheApi.RenameQuietlyAsync(pair.Postgres.PrimaryConnection, item.Id, "Đổi lặng lẽ");
        using var reader = pair.Cached.Anonymous();
        var position = await FeedPositionAsync(reader);

        Assert.Equal(item.Title, await PublicTitleAsync(pair.Cached, url)); // without it: the cached copy
        Assert.Equal("Đổi lặng lẽ", await TitleReadAfterAsync(reader, url, position));
    }

    [Fact]
    public async Task A_read_after_the_feeds_position_skips_a_replica_that_has_not_replayed_it()
    {
        var item = await PublishedAsync("Trước khi bản sao theo kịp");
        await ReadingTheReplicaAsync(pair.Uncached, item);
        using var reader = pair.Uncached.Anonymous();
        var position = await FeedPositionAsync(reader); // past the unannounced rename

        Assert.Equal(item.Title, await PublicTitleAsync(pair.Uncached, $"/api/v1/articles/{item.Id}")); // the replica, without it
        Assert.Equal(item.Title + " (chỉ trên máy chính)", await TitleReadAfterAsync(reader, $"/api/v1/articles/{item.Id}", position));
    }

    [Fact]
    public async Task An_editors_write_answers_a_position_that_another_process_reads_after()
    {
        var item = await PublishedAsync("Trước khi sửa ở máy kia");
        await DatabaseBehindTheApi.NotificationsHeardAsync(pair.Cached);
        Assert.Equal(item.Title, await PublicTitleAsync(pair.Cached, $"/api/v1/articles/{item.Id}")); // cached on this one
        await pair.Postgres.PauseReplayAsync();

        using var editor = await pair.Uncached.EditorAsync(); // the write goes through the other process
        var etag = (await editor.GetAsync($"/api/v1/manage/articles/{item.Id}", Ct)).Headers.ETag!.Tag;
        var saved = await editor.PutRawAsync($"/api/v1/manage/articles/{item.Id}", Samples.Article("Đã sửa ở máy kia"), etag);
        Assert.Equal(200, (int)saved.StatusCode);
        var position = Assert.Single(saved.Headers.GetValues("Cms-Position"));

        using var reader = pair.Cached.Anonymous();
        Assert.Equal("Đã sửa ở máy kia", await TitleReadAfterAsync(reader, $"/api/v1/articles/{item.Id}", position));
        Assert.False((await editor.GetAsync($"/api/v1/manage/articles/{item.Id}", Ct)).Headers.Contains("Cms-Position")); // reads answer none
    }

    [Fact]
    public async Task Metrics_count_reads_by_server_and_show_each_replicas_rotation_and_lag()
    {
        await using var watched = CmsApp.SharingDatabaseWith(pair.Uncached, new Dictionary<string, string?>
        {
            ["ConnectionStrings:CmsReplicas"] = pair.Replicas,
            ["Cms:Replicas:MaxLag"] = "00:01:00",
            ["Cms:Cache:OutputCache"] = "false",
            ["Cms:Telemetry:Prometheus"] = "true",
        });
        await watched.InitializeAsync();
        var item = await PublishedAsync("Đếm lượt đọc");
        await ReadingTheReplicaAsync(watched, item); // reads on the replica, and some on the primary before

        using var client = watched.Anonymous();
        var replica = Regex.Escape($"replica=\"{pair.Postgres.ReplicaHostPort}/cms\"");
        var metrics = string.Empty;
        await EventuallyAsync(async () => (metrics = await client.GetStringAsync("/metrics", Ct)).Contains("cms_replicas_lag", StringComparison.Ordinal),
            "no replica gauges");
        Assert.Matches(@"cms_reads_public[a-z_]*\{[^}]*server=""replica""[^}]*\} [1-9]", metrics);
        Assert.Matches(@"cms_replicas_in_rotation[a-z_]*\{[^}]*" + replica + @"[^}]*\} 1", metrics);
        Assert.Matches(@"cms_replicas_lag_seconds\{[^}]*" + replica + @"[^}]*\} [0-9.eE+-]+", metrics);
    }

    [Fact]
    public async Task A_position_that_is_not_one_is_refused()
    {
        using var reader = pair.Cached.Anonymous();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/articles") { Headers = { { "Cms-Read-After", "hom-qua" } } };
        var response = await reader.SendAsync(request, Ct);

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Cms-Read-After", (await response.BodyAsync<ProblemBody>()).Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_replica_lagging_past_the_limit_leaves_the_rotation_and_health_says_how_far()
    {
        var item = await PublishedAsync("Bản sao chậm");
        await pair.Postgres.PauseReplayAsync();
        var writes = Task.Run(async () =>
        {
            for (var i = 0; i < 30; i++)
            {
                await DatabaseBehindTheApi.RenameQuietlyAsync(pair.Postgres.PrimaryConnection, item.Id, $"Bản sao chậm {i}");
                await Task.Delay(100, Ct);
            }
        }, Ct);

        var lagging = await ReplicaStateWhenAsync(pair.Cached, "lagging");
        await writes;

        Assert.True(lagging.LagSeconds >= 1, $"lag {lagging.LagSeconds}");
        Assert.Contains("behind the primary", lagging.Problem, StringComparison.Ordinal);
        Assert.Equal("degraded", (await ReplicaHealth.ReadAsync(pair.Cached)).Status);
        Assert.Equal("Bản sao chậm 29", await PublicTitleAsync(pair.Cached, $"/api/v1/articles/{item.Id}")); // from the primary

        await pair.Postgres.ResumeReplayAsync();
        var back = await ReplicaStateWhenAsync(pair.Cached, "inRotation");
        Assert.True(back.LagSeconds < 1);
        Assert.Equal("healthy", (await ReplicaHealth.ReadAsync(pair.Cached)).Status);
    }

    [Fact]
    public async Task A_stopped_replica_costs_readers_nothing_and_rejoins_when_it_is_back()
    {
        // An instance whose monitor would not look again for an hour: only the failed read can
        // take the replica out, in the reader's own request.
        await using var slow = CmsApp.SharingDatabaseWith(pair.Uncached, new Dictionary<string, string?>
        {
            ["ConnectionStrings:CmsReplicas"] = pair.Replicas,
            ["Cms:Replicas:CheckInterval"] = "01:00:00",
            ["Cms:Replicas:MaxLag"] = "00:01:00",
            ["Cms:Cache:OutputCache"] = "false",
        });
        await slow.InitializeAsync();
        var item = await PublishedAsync("Bản sao tắt");
        await ReadingTheReplicaAsync(slow, item);
        await pair.Postgres.ResumeReplayAsync();

        await pair.Postgres.StopReplicaAsync();
        try
        {
            using var reader = slow.Anonymous();
            foreach (var url in new[] { $"/api/v1/articles/{item.Id}", "/api/v1/articles?pageSize=7", "/api/v1/content?pageSize=3", "/api/v1/tags", "/api/v1/feeds/rss" })
            {
                Assert.Equal(200, (int)(await reader.GetAsync(url, Ct)).StatusCode);
            }

            Assert.Equal(item.Title + " (chỉ trên máy chính)", await PublicTitleAsync(slow, $"/api/v1/articles/{item.Id}"));
            var down = (await ReplicaHealthAsync(slow)).Data!.Values.Single();
            Assert.Equal("down", down.State);
            Assert.NotNull(down.Problem);
            Assert.Equal("down", (await ReplicaStateWhenAsync(pair.Cached, "down")).State); // the monitor's own finding
        }
        finally
        {
            await pair.Postgres.StartReplicaAsync();
        }

        await ReplicaStateWhenAsync(pair.Cached, "inRotation");
    }

    /// <summary>
    /// A primary and its replica, and two API instances reading from it: one as deployed but
    /// allowing a second of lag, one with no output cache (every read reaches a database).
    /// </summary>
    public sealed class Pair : IAsyncLifetime
    {
        public ReplicatedPostgres Postgres { get; } = new();

        public CmsApp Cached { get; private set; } = null!;

        public CmsApp Uncached { get; private set; } = null!;

        public string Replicas => $"Host={Postgres.ReplicaHostPort}";

        public async ValueTask InitializeAsync()
        {
            await Postgres.InitializeAsync();
            Cached = new OnReplicatedPostgres(Postgres, new() { ["ConnectionStrings:CmsReplicas"] = Replicas, ["Cms:Replicas:MaxLag"] = "00:00:01" });
            await Cached.InitializeAsync();
            // Slow to call a paused replica lagging: its tests watch which server answers.
            Uncached = CmsApp.SharingDatabaseWith(Cached, new Dictionary<string, string?>
            {
                ["ConnectionStrings:CmsReplicas"] = Replicas,
                ["Cms:Replicas:MaxLag"] = "00:01:00",
                ["Cms:Cache:OutputCache"] = "false",
            });
            await Uncached.InitializeAsync();
        }

        public async ValueTask DisposeAsync()
        {
            await Uncached.DisposeAsync();
            await Cached.DisposeAsync();
            await Postgres.DisposeAsync();
        }
    }
}

/// <summary>The API on a <see cref="ReplicatedPostgres"/> primary, with the given settings.</summary>
public sealed class OnReplicatedPostgres(ReplicatedPostgres postgres, Dictionary<string, string?> settings) : CmsApp
{
    protected override IReadOnlyDictionary<string, string?> Settings => settings;

    protected override Task<string> CreateDatabaseAsync() => Task.FromResult(postgres.PrimaryConnection);
}
