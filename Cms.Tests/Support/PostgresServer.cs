using Cms.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Cms.Tests.Support;

/// <summary>
/// One real PostgreSQL for the whole test run. Unless CMS_TEST_CONNECTION names a server,
/// a throwaway cluster is created with the machine's binaries (as the postgres user when
/// running as root: initdb refuses root). The schema is migrated once into a template
/// database; each test class gets its own copy (CREATE DATABASE ... TEMPLATE), which is
/// fast and keeps classes independent when they run in parallel.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    public const string ConnectionVariable = "CMS_TEST_CONNECTION";
    private const string TemplateName = "cms_test_template";
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static PostgresServer? instance;

    private readonly string adminConnection;
    private readonly LocalCluster? cluster;
    private int databases;

    private PostgresServer(string adminConnection, LocalCluster? cluster)
    {
        this.adminConnection = adminConnection;
        this.cluster = cluster;
    }

    public static async Task<PostgresServer> GetAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (instance is null)
            {
                var configured = Environment.GetEnvironmentVariable(ConnectionVariable);
                var cluster = string.IsNullOrWhiteSpace(configured) ? await LocalCluster.CreateAsync() : null;
                var server = new PostgresServer(configured ?? cluster!.ConnectionString, cluster);
                await server.CreateTemplateAsync();
                instance = server;
            }

            return instance;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>Stops the cluster if this run started one. Called once, at the end of the run.</summary>
    public static async Task StopAsync()
    {
        if (instance is not null)
        {
            await instance.DisposeAsync();
            instance = null;
        }
    }

    /// <summary>A new, migrated, empty database; returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string purpose)
    {
        var name = $"cms_test_{Environment.ProcessId}_{Interlocked.Increment(ref databases)}_{purpose.ToLowerInvariant()}";
        name = name.Length > 60 ? name[..60] : name;
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\"");
        await ExecuteAsync($"CREATE DATABASE \"{name}\" TEMPLATE {TemplateName}");
        return With(name);
    }

    /// <summary>A new database with nothing in it, not even the migrations.</summary>
    public async Task<string> CreateEmptyDatabaseAsync(string purpose)
    {
        var name = $"cms_test_{Environment.ProcessId}_{Interlocked.Increment(ref databases)}_{purpose.ToLowerInvariant()}";
        name = name.Length > 60 ? name[..60] : name;
        await ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\"");
        await ExecuteAsync($"CREATE DATABASE \"{name}\"");
        return With(name);
    }

    public string With(string database) =>
        new NpgsqlConnectionStringBuilder(adminConnection) { Database = database, Pooling = true, MaxPoolSize = 20 }.ConnectionString;

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (cluster is not null)
        {
            await cluster.DisposeAsync();
        }
    }

    private async Task CreateTemplateAsync()
    {
        await ExecuteAsync($"DROP DATABASE IF EXISTS {TemplateName}");
        await ExecuteAsync($"CREATE DATABASE {TemplateName}");
        await MigrateAsync(With(TemplateName));

        // A template with open connections cannot be copied.
        NpgsqlConnection.ClearAllPools();
    }

    /// <summary>Applies the app's migrations, as its `migrate` command does, to an existing database.</summary>
    internal static async Task MigrateAsync(string connectionString)
    {
        var options = new DbContextOptionsBuilder<CmsDbContext>()
            .UseNpgsql(connectionString)
            .UseSnakeCaseNamingConvention()
            .Options;
        await using var db = new CmsDbContext(options);
        await db.Database.MigrateAsync();
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(adminConnection) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
