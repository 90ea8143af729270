using Cms.Tests.Support;
using Npgsql;

namespace Cms.Tests.Api;

/// <summary>When the database goes away, callers get a clean 500/503, never a stack trace.</summary>
public sealed class DatabaseDownTests(CmsApp app) : IClassFixture<CmsApp>
{
    [Fact]
    public async Task A_failure_is_a_500_problem_that_leaks_nothing_and_health_says_503()
    {
        using var reader = app.Anonymous();
        Assert.Equal(200, (int)(await reader.GetAsync("/api/v1/articles", TestContext.Current.CancellationToken)).StatusCode);

        var database = new NpgsqlConnectionStringBuilder(app.ConnectionString).Database!;
        NpgsqlConnection.ClearAllPools();
        await using (var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(app.ConnectionString) { Database = "postgres", Pooling = false }.ConnectionString))
        {
            await admin.OpenAsync(TestContext.Current.CancellationToken);
            await using var drop = new NpgsqlCommand($"DROP DATABASE \"{database}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
        }

        // Something no cache holds (cached pages and list totals keep being served), so the request must reach the database.
        var response = await reader.GetAsync("/api/v1/articles/123456", TestContext.Current.CancellationToken);
        await response.AssertProblemAsync(500);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.DoesNotContain("Npgsql", text, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", text, StringComparison.Ordinal);
        Assert.DoesNotContain(database, text, StringComparison.Ordinal);

        var health = await reader.GetAsync("/health", TestContext.Current.CancellationToken);
        Assert.Equal(503, (int)health.StatusCode);
        var ready = await reader.GetAsync("/health/ready", TestContext.Current.CancellationToken);
        Assert.Equal(503, (int)ready.StatusCode);
        Assert.Equal("unhealthy", (await ready.BodyAsync<HealthBody>()).Checks["database"].Status);
        // Alive all the same: an orchestrator should stop sending it readers, not restart it.
        Assert.Equal(200, (int)(await reader.GetAsync("/health/live", TestContext.Current.CancellationToken)).StatusCode);
    }
}
