using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Cms.Tests.Support;

/// <summary>
/// A private PostgreSQL cluster in a temporary folder, on a free loopback port, deleted when
/// disposed. The server programs refuse to run as root, so when the tests run as root they run
/// as the postgres user and the folders are handed to it. A cluster can make a hot standby of
/// itself (pg_basebackup -R), and can be stopped, started again and promoted.
/// </summary>
internal sealed class LocalCluster : IAsyncDisposable
{
    // Durability is pointless for a throwaway cluster; turning it off makes tests faster.
    private static readonly string[] Defaults =
        ["listen_addresses=127.0.0.1", "fsync=off", "synchronous_commit=off", "full_page_writes=off", "max_connections=300"];

    private readonly string root;
    private readonly string binaries;
    private readonly string[] settings;
    private bool running;

    private LocalCluster(string root, string binaries, int port, string[] settings)
    {
        this.root = root;
        this.binaries = binaries;
        this.settings = settings;
        Port = port;
        ConnectionString = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Timeout=30;Command Timeout=60";
    }

    public int Port { get; }

    public string ConnectionString { get; }

    private string Data => Path.Combine(root, "data");

    /// <summary>
    /// A new cluster, started. Each setting ("name=value") is passed as -c after the defaults,
    /// so it overrides them; they are kept for every later start.
    /// </summary>
    public static async Task<LocalCluster> CreateAsync(params string[] settings)
    {
        var cluster = new LocalCluster(await NewFolderAsync(), FindBinaries(), FreePort(), [.. Defaults, .. settings]);
        try
        {
            await RunAsync(cluster.Program("initdb"),
                $"-D \"{cluster.Data}\" -U postgres --auth=trust -E UTF8 --no-locale --no-sync", asPostgres: true);
            await cluster.StartAsync();
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// A hot standby of this cluster, streaming from it, started on its own port. It takes this
    /// cluster's settings, then the given ones: a hot standby must allow at least as many
    /// connections, senders and locks as its primary.
    /// </summary>
    public async Task<LocalCluster> CreateStandbyAsync(params string[] standbySettings)
    {
        var standby = new LocalCluster(await NewFolderAsync(), binaries, FreePort(), [.. settings, .. standbySettings]);
        try
        {
            // -R writes primary_conninfo and standby.signal; "-c fast" checkpoints at once
            // instead of waiting for the next spread checkpoint.
            await RunAsync(Program("pg_basebackup"),
                $"-h 127.0.0.1 -p {Port} -U postgres -D \"{standby.Data}\" -R -X stream -c fast --no-sync", asPostgres: true);
            await standby.StartAsync();
            return standby;
        }
        catch
        {
            await standby.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts the server (again) on its port; a standby is accepting reads when this returns.</summary>
    public async Task StartAsync()
    {
        var options = $"-p {Port} -k {root} " + string.Join(' ', settings.Select(s => $"-c {s}"));
        await RunAsync(Program("pg_ctl"),
            $"start -w -t 60 -D \"{Data}\" -l \"{Path.Combine(root, "server.log")}\" -o \"{options}\"", asPostgres: true);
        running = true;
    }

    /// <summary>Stops the server the way an operator would: sessions are ended, nothing is lost.</summary>
    public async Task StopAsync()
    {
        await RunAsync(Program("pg_ctl"), $"stop -m fast -w -D \"{Data}\"", asPostgres: true);
        running = false;
    }

    /// <summary>Ends recovery on a standby; it accepts writes when this returns.</summary>
    public Task PromoteAsync() => RunAsync(Program("pg_ctl"), $"promote -w -t 60 -D \"{Data}\"", asPostgres: true);

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (running)
            {
                running = false;
                await RunAsync(Program("pg_ctl"), $"stop -m immediate -w -D \"{Data}\"", asPostgres: true);
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static bool IsRoot => Environment.UserName == "root";

    private string Program(string name) => Path.Combine(binaries, name);

    private static async Task<string> NewFolderAsync()
    {
        var root = Path.Combine(Path.GetTempPath(), $"cms-test-pg-{Environment.ProcessId}-{Guid.NewGuid():N}"[..40]);
        Directory.CreateDirectory(root);
        if (IsRoot)
        {
            await RunAsync("chown", $"postgres \"{root}\"", asPostgres: false);
        }

        return root;
    }

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
                $"No PostgreSQL server binaries (initdb) found. Install PostgreSQL (scripts/test.sh does) or set {PostgresServer.ConnectionVariable} " +
                "(the read-replica tests need the binaries even then).");
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
