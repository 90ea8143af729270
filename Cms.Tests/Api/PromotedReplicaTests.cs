using Cms.Tests.Support;

namespace Cms.Tests.Api;

/// <summary>
/// A replica promoted to a primary of its own (a failover drill, an operator's mistake) no
/// longer follows the real primary: it leaves the rotation within seconds and readers get the
/// primary's data. Its own class: a promotion cannot be undone.
/// </summary>
public sealed class PromotedReplicaTests(PromotedReplicaTests.Pair pair) : IClassFixture<PromotedReplicaTests.Pair>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_promoted_replica_takes_no_more_reads()
    {
        ItemBody item;
        using (var editor = await pair.App.EditorAsync())
        {
            item = (await editor.PublishedAsync("articles", Samples.Article("Trước khi thăng cấp"))).As<ItemBody>();
        }

        await pair.Postgres.WaitForReplayAsync();
        await pair.Postgres.PromoteReplicaAsync();

        using var client = pair.App.Anonymous();
        var waited = System.Diagnostics.Stopwatch.StartNew();
        ReplicaStateBody state;
        while ((state = (await ReplicaHealth.ReadAsync(pair.App)).Replicas.Data!.Values.Single()).State != "promoted")
        {
            Assert.True(waited.Elapsed < TimeSpan.FromSeconds(15), $"still {state.State}");
            await Task.Delay(50, Ct);
        }

        Assert.Contains("promoted", state.Problem, StringComparison.Ordinal);
        // Written on the primary unannounced: the promoted server never gets it.
        await DatabaseBehindTheApi.RenameQuietlyAsync(pair.Postgres.PrimaryConnection, item.Id, "Sau khi thăng cấp");
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal("Sau khi thăng cấp", (await client.GetBodyAsync<ItemBody>($"/api/v1/articles/{item.Id}")).Title);
        }
    }

    /// <summary>A primary, its replica, and an API instance with no output cache reading from it.</summary>
    public sealed class Pair : IAsyncLifetime
    {
        public ReplicatedPostgres Postgres { get; } = new();

        public CmsApp App { get; private set; } = null!;

        public async ValueTask InitializeAsync()
        {
            await Postgres.InitializeAsync();
            App = new OnReplicatedPostgres(Postgres, new()
            {
                ["ConnectionStrings:CmsReplicas"] = $"Host={Postgres.ReplicaHostPort}",
                ["Cms:Cache:OutputCache"] = "false",
            });
            await App.InitializeAsync();
        }

        public async ValueTask DisposeAsync()
        {
            await App.DisposeAsync();
            await Postgres.DisposeAsync();
        }
    }
}
