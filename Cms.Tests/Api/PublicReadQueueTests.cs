using Cms.Tests.Support;
using Npgsql;

namespace Cms.Tests.Api;

/// <summary>
/// Public reads the output cache cannot answer are served at most Cms:RateLimits:PublicReadConcurrency
/// at a time; the rest wait their turn, oldest first, and are served, not refused.
/// </summary>
public sealed class PublicReadQueueTests(PublicReadQueueTests.App app) : IClassFixture<PublicReadQueueTests.App>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_read_waits_while_the_only_slot_is_taken_then_both_are_served()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        var created = (await editor.PublishedAsync("articles", Samples.Article("Tin chờ lượt"))).As<ItemBody>();

        // Hold the article read inside PostgreSQL: it joins the view counts, locked here.
        await using var blocker = new NpgsqlConnection(app.ConnectionString);
        await blocker.OpenAsync(Ct);
        await using var transaction = await blocker.BeginTransactionAsync(Ct);
        await using (var lockViews = new NpgsqlCommand("LOCK TABLE content_view_totals IN ACCESS EXCLUSIVE MODE", blocker, transaction))
        {
            await lockViews.ExecuteNonQueryAsync(Ct);
        }

        var article = reader.GetAsync($"/api/v1/articles/{created.Id}", Ct);
        await WaitUntilWaitingOnLockAsync();
        // The sections need nothing locked, yet wait: the one slot is the article's.
        var sections = reader.GetAsync("/api/v1/categories", Ct);
        await Task.Delay(500, Ct);
        Assert.False(sections.IsCompleted, "A second public read was served while the only slot was taken.");

        await transaction.RollbackAsync(Ct);
        Assert.Equal(200, (int)(await article).StatusCode);
        Assert.Equal(200, (int)(await sections).StatusCode);
    }

    [Fact]
    public async Task Many_reads_at_once_are_all_served_in_turn()
    {
        using var editor = await app.EditorAsync();
        using var reader = app.Anonymous();
        await editor.PublishedAsync("articles", Samples.Article("Tin đọc cùng lúc"));

        var many = await Task.WhenAll(Enumerable.Range(1, 40).Select(i => reader.GetAsync($"/api/v1/articles?page={i}", Ct)));

        Assert.All(many, response => Assert.Equal(200, (int)response.StatusCode));
    }

    private async Task WaitUntilWaitingOnLockAsync()
    {
        await using var watcher = new NpgsqlConnection(app.ConnectionString);
        await watcher.OpenAsync(Ct);
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            await using var waiting = new NpgsqlCommand(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'", watcher);
            if ((long)(await waiting.ExecuteScalarAsync(Ct))! > 0)
            {
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, "The article read never reached the lock.");
            await Task.Delay(50, Ct);
        }
    }

    public sealed class App : CmsApp
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Cms:RateLimits:PublicReadConcurrency"] = "1",
            ["Cms:Cache:OutputCache"] = "false",
        };
    }
}
