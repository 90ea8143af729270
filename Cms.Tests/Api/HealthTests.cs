using System.Diagnostics;
using System.Text.Json;
using Cms.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Cms.Tests.Api;

/// <summary>
/// Liveness and readiness as an orchestrator sees them, and the `migrate` command a deployment
/// runs before rolling out a new build.
/// </summary>
public sealed class HealthTests(CmsApp app) : IClassFixture<CmsApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Live_answers_200_healthy()
    {
        using var client = app.Anonymous();

        var live = await client.GetAsync("/health/live", Ct);

        Assert.Equal(200, (int)live.StatusCode);
        Assert.Equal("healthy", (await live.BodyAsync<HealthBody>()).Status);
    }

    [Fact]
    public async Task Ready_answers_200_with_each_readiness_check_named_and_healthy()
    {
        using var client = app.Anonymous();

        var ready = await client.GetAsync("/health/ready", Ct);

        Assert.Equal(200, (int)ready.StatusCode);
        var checks = (await ready.BodyAsync<HealthBody>()).Checks;
        foreach (var name in new[] { "database", "migrations", "counters" })
        {
            Assert.Equal("healthy", checks[name].Status);
        }
    }

    [Fact]
    public async Task An_instance_whose_schema_lags_behind_its_build_is_not_ready()
    {
        // As if the newest migration had not been applied yet.
        var newest = await app.DbAsync(db => db.Database.SqlQueryRaw<string>(
            "SELECT migration_id AS \"Value\" FROM \"__EFMigrationsHistory\" ORDER BY migration_id DESC LIMIT 1").SingleAsync(Ct));
        var product = await app.DbAsync(db => db.Database.SqlQueryRaw<string>(
            "SELECT product_version AS \"Value\" FROM \"__EFMigrationsHistory\" ORDER BY migration_id DESC LIMIT 1").SingleAsync(Ct));
        await app.DbAsync(db => db.Database.ExecuteSqlAsync($"DELETE FROM \"__EFMigrationsHistory\" WHERE migration_id = {newest}", Ct));
        try
        {
            using var client = app.Anonymous();
            var ready = await client.GetAsync("/health/ready", Ct);
            Assert.Equal(503, (int)ready.StatusCode);
            var migrations = (await ready.BodyAsync<HealthBody>()).Checks["migrations"];
            Assert.Equal("unhealthy", migrations.Status);
            Assert.Contains(newest, migrations.Description, StringComparison.Ordinal);
            Assert.Equal(200, (int)(await client.GetAsync("/health/live", Ct)).StatusCode); // alive: do not restart it, just send it nothing
        }
        finally
        {
            await app.DbAsync(db => db.Database.ExecuteSqlAsync(
                $"INSERT INTO \"__EFMigrationsHistory\" (migration_id, product_version) VALUES ({newest}, {product})", Ct));
        }
    }

    [Fact]
    public async Task The_migrate_command_brings_an_empty_database_up_to_date_and_exits()
    {
        var server = await PostgresServer.GetAsync();
        var connection = await server.CreateEmptyDatabaseAsync("migrate_command");

        var (code, output) = await RunApiAsync(connection, ["migrate"]);
        Assert.True(code == 0, output);
        Assert.Contains("Applied", output, StringComparison.Ordinal);
        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync(Ct);
        await using var count = new NpgsqlCommand("SELECT count(*) FROM \"__EFMigrationsHistory\"", db);
        Assert.True((long)(await count.ExecuteScalarAsync(Ct))! > 10);
        await using var users = new NpgsqlCommand("SELECT count(*) FROM users", db);
        Assert.Equal(0L, (long)(await users.ExecuteScalarAsync(Ct))!); // migrated only: no admin, no demo content
    }

    [Fact]
    public async Task The_migrate_command_logs_one_json_object_per_line_when_asked()
    {
        var server = await PostgresServer.GetAsync();
        var connection = await server.CreateEmptyDatabaseAsync("migrate_command_json");
        var (code, output) = await RunApiAsync(connection, ["migrate"]);
        Assert.True(code == 0, output);

        // Structured logs as a container platform collects them: one JSON object per line.
        var (again, second) = await RunApiAsync(connection, ["migrate"], json: true);

        Assert.True(again == 0, second);
        var lines = second.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.NotEmpty(lines);
        var entries = lines.Select(l => JsonSerializer.Deserialize<LogEntryBody>(l, JsonSerializerOptions.Web)!).ToList();
        Assert.Contains(entries, e => e.Message?.Contains("up to date", StringComparison.Ordinal) == true && e.LogLevel == "Information");
    }

    /// <summary>Runs the API's own binary, as a deployment step would.</summary>
    private static async Task<(int ExitCode, string Output)> RunApiAsync(string connection, string[] args, bool json = false)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Cms.Api.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ConnectionStrings__Cms"] = connection;
        start.Environment["Cms__DataDirectory"] = Path.Combine(Path.GetTempPath(), "cms-migrate-" + Guid.NewGuid().ToString("N"));
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        if (json)
        {
            start.Environment["Logging__Console__FormatterName"] = "json";
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(Ct);
        var error = process.StandardError.ReadToEndAsync(Ct);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(90));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }
}
