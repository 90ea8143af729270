using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
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
                var cluster = string.IsNullOrWhiteSpace(configured) ? await LocalCluster.StartAsync() : null;
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
        var options = new DbContextOptionsBuilder<CmsDbContext>()
            .UseNpgsql(With(TemplateName))
            .UseSnakeCaseNamingConvention()
            .Options;
        await using (var db = new CmsDbContext(options))
        {
            await db.Database.MigrateAsync();
        }

        // A template with open connections cannot be copied.
        NpgsqlConnection.ClearAllPools();
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(adminConnection) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>A private cluster in a temporary folder, on a free loopback port, stopped at the end.</summary>
    private sealed class LocalCluster : IAsyncDisposable
    {
        private readonly string root;
        private readonly string binaries;

        private LocalCluster(string root, string binaries, int port)
        {
            this.root = root;
            this.binaries = binaries;
            ConnectionString = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Timeout=30;Command Timeout=60";
        }

        public string ConnectionString { get; }

        private string Data => Path.Combine(root, "data");

        public static async Task<LocalCluster> StartAsync()
        {
            var binaries = FindBinaries();
            var root = Path.Combine(Path.GetTempPath(), $"cms-test-pg-{Environment.ProcessId}-{Guid.NewGuid():N}"[..40]);
            Directory.CreateDirectory(root);
            if (IsRoot)
            {
                await RunAsync("chown", $"postgres \"{root}\"", asPostgres: false);
            }

            var port = FreePort();
            var cluster = new LocalCluster(root, binaries, port);
            await RunAsync(Path.Combine(binaries, "initdb"),
                $"-D \"{cluster.Data}\" -U postgres --auth=trust -E UTF8 --no-locale --no-sync", asPostgres: true);
            // Durability is pointless for a throwaway cluster; turning it off makes tests faster.
            var settings = $"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300";
            await RunAsync(Path.Combine(binaries, "pg_ctl"),
                $"start -w -t 60 -D \"{cluster.Data}\" -l \"{Path.Combine(root, "server.log")}\" -o \"{settings}\"", asPostgres: true);
            return cluster;
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                await RunAsync(Path.Combine(binaries, "pg_ctl"), $"stop -m immediate -w -D \"{Data}\"", asPostgres: true);
            }
            finally
            {
                Directory.Delete(root, recursive: true);
            }
        }

        private static bool IsRoot => Environment.UserName == "root";

        private static string FindBinaries()
        {
            var candidates = Directory.Exists("/usr/lib/postgresql")
                ? Directory.GetDirectories("/usr/lib/postgresql")
                    .Select(d => Path.Combine(d, "bin"))
                    .Where(d => File.Exists(Path.Combine(d, "initdb")))
                    .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0)
                : Enumerable.Empty<string>();
            var pathDirs = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':')
                .Where(d => File.Exists(Path.Combine(d, "initdb")));
            return candidates.Concat(pathDirs).FirstOrDefault()
                ?? throw new InvalidOperationException(
                    $"No PostgreSQL server binaries (initdb) found. Install PostgreSQL (scripts/test.sh does) or set {ConnectionVariable}.");
        }

        private static int FreePort()
        {
            using var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        private static async Task RunAsync(string program, string arguments, bool asPostgres)
        {
            var start = asPostgres && IsRoot
                ? new ProcessStartInfo("runuser", $"-u postgres -- \"{program}\" {arguments}")
                : new ProcessStartInfo(program, arguments);
            start.RedirectStandardOutput = true;
            start.RedirectStandardError = true;
            start.WorkingDirectory = Path.GetTempPath();
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"{program} {arguments} failed ({process.ExitCode}): {await stderr}{await stdout}");
            }
        }
    }
}
