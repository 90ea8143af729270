using Npgsql;
using NpgsqlTypes;

namespace Cms.Tests.Support;

/// <summary>
/// A primary and a hot-standby replica streaming from it, for test classes about read replicas
/// (IClassFixture). The pair is the class's own, not the shared PostgresServer: pausing replay
/// or stopping the replica must not disturb classes running in parallel. It needs the machine's
/// PostgreSQL binaries even when CMS_TEST_CONNECTION names an external server, since only a
/// cluster of our own can be copied, paused and promoted.
/// </summary>
public sealed class ReplicatedPostgres : IAsyncLifetime
{
    private const string Database = "cms";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    private LocalCluster? primary;
    private LocalCluster? replica;

    /// <summary>The database `cms` on the primary, migrated.</summary>
    public string PrimaryConnection { get; private set; } = string.Empty;

    /// <summary>The same database on the replica: read-only until promoted.</summary>
    public string ReplicaConnection { get; private set; } = string.Empty;

    /// <summary>Where the replica listens, "127.0.0.1:port".</summary>
    public string ReplicaHostPort => $"127.0.0.1:{Replica.Port}";

    private LocalCluster Replica => replica ?? throw new InvalidOperationException("The replica is not running.");

    // The fixture's own sessions stay out of the tests' pools, so a test counting or clearing
    // its connections sees only its own.
    private string PrimaryControl => Unpooled(PrimaryConnection);

    private string ReplicaControl => Unpooled(ReplicaConnection);

    public async ValueTask InitializeAsync()
    {
        try
        {
            // wal_level, max_wal_senders and hot_standby are PostgreSQL's defaults already; they are
            // named because a replica depends on them. synchronous_commit=on (the default the shared
            // cluster turns off) as in production: a commit is flushed, hence streamed at once, when it
            // returns, so code comparing LSNs sees what it would see in production.
            primary = await LocalCluster.CreateAsync(
                "wal_level=replica", "max_wal_senders=5", "hot_standby=on", "wal_keep_size=256MB", "synchronous_commit=on");
            await ExecuteAsync(primary.ConnectionString, $"CREATE DATABASE {Database}");
            PrimaryConnection = Connection(primary.Port);
            // Unpooled, so no migrating session stays open and the tests' pool starts empty, with
            // no types loaded before the migrations made them. (ClearAllPools would also close
            // the idle connections of classes running in parallel.)
            await PostgresServer.MigrateAsync(PrimaryControl);

            replica = await primary.CreateStandbyAsync("hot_standby=on");
            ReplicaConnection = Connection(replica.Port);
            await WaitUntilReplicaAnswersAsync();
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    /// <summary>Stops replaying WAL on the replica; returns once it has stopped (it still receives WAL).</summary>
    public async Task PauseReplayAsync()
    {
        await using var connection = await OpenAsync(ReplicaControl);
        await ExecuteAsync(connection, "SELECT pg_wal_replay_pause()");
        await PollAsync(connection, "SELECT pg_get_wal_replay_pause_state() = 'paused'", Patience, "Replay on the replica did not pause");
    }

    public async Task ResumeReplayAsync()
    {
        await using var connection = await OpenAsync(ReplicaControl);
        await ExecuteAsync(connection, "SELECT pg_wal_replay_resume()");
    }

    /// <summary>Waits until the replica has replayed everything committed on the primary before the call.</summary>
    public async Task WaitForReplayAsync(TimeSpan? timeout = null)
    {
        NpgsqlLogSequenceNumber target;
        await using (var connection = await OpenAsync(PrimaryControl))
        {
            target = (NpgsqlLogSequenceNumber)(await ScalarAsync(connection, "SELECT pg_current_wal_insert_lsn()"))!;
            // WAL is streamed only once flushed, and records inserted but not flushed (an async
            // commit, a background process's) wait up to wal_writer_delay (200 ms). A synchronous
            // commit of our own flushes everything before it at once. It must write WAL before
            // committing: a transaction that only took an xid (txid_current()) commits
            // asynchronously whatever synchronous_commit says. A transactional logical message is
            // WAL with no table. Its records lie after the target, so the replay position passes
            // the target even when the target sits on a page boundary, where no record ends.
            await ExecuteAsync(connection,
                "BEGIN; SET LOCAL synchronous_commit = on; SELECT pg_logical_emit_message(true, 'cms-tests', 'replay mark'); COMMIT");
        }

        await using var replicaSession = await OpenAsync(ReplicaControl);
        await PollAsync(replicaSession, $"SELECT pg_last_wal_replay_lsn() >= '{target}'::pg_lsn", timeout ?? Patience,
            $"The replica did not replay up to {target}");
    }

    /// <summary>A fast shutdown of the replica; its pooled connections are dropped.</summary>
    public async Task StopReplicaAsync()
    {
        await Replica.StopAsync();
        ClearPool(ReplicaConnection);
    }

    /// <summary>Starts the replica again on its port; it accepts reads when this returns and catches up by itself.</summary>
    public Task StartReplicaAsync() => Replica.StartAsync();

    /// <summary>
    /// Makes the replica a primary of its own, writable when this returns; it no longer follows
    /// the first one. WAL it had received but not replayed (paused) is replayed first.
    /// </summary>
    public async Task PromoteReplicaAsync()
    {
        // A paused startup process notices a promotion only once a second; promotion replays
        // the held WAL anyway, so resuming first changes nothing but the wait.
        await ResumeReplayAsync();
        await Replica.PromoteAsync();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in new[] { ReplicaConnection, PrimaryConnection }.Where(c => c.Length > 0))
        {
            ClearPool(connection);
        }

        // The replica first, so it does not spend its last moments reconnecting to a stopped primary.
        try
        {
            if (replica is not null)
            {
                await replica.DisposeAsync();
                replica = null;
            }
        }
        finally
        {
            if (primary is not null)
            {
                await primary.DisposeAsync();
                primary = null;
            }
        }
    }

    private static string Connection(int port) =>
        $"Host=127.0.0.1;Port={port};Username=postgres;Database={Database};Timeout=5;Command Timeout=30";

    private static string Unpooled(string connection) =>
        new NpgsqlConnectionStringBuilder(connection) { Pooling = false }.ConnectionString;

    private static void ClearPool(string connection)
    {
        using var pooled = new NpgsqlConnection(connection);
        NpgsqlConnection.ClearPool(pooled);
    }

    /// <summary>pg_ctl returns once the standby accepts connections; this also waits for `cms` to be there.</summary>
    private async Task WaitUntilReplicaAnswersAsync()
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            try
            {
                await using var connection = await OpenAsync(ReplicaControl);
                if (Equals(await ScalarAsync(connection, "SELECT pg_is_in_recovery()"), true))
                {
                    return;
                }
            }
            catch (NpgsqlException) when (DateTime.UtcNow < deadline)
            {
            }

            if (DateTime.UtcNow >= deadline)
            {
                throw new TimeoutException("The replica did not start answering as a standby.");
            }

            await Task.Delay(50);
        }
    }

    private static async Task PollAsync(NpgsqlConnection connection, string condition, TimeSpan timeout, string failure)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!Equals(await ScalarAsync(connection, condition), true))
        {
            if (DateTime.UtcNow >= deadline)
            {
                throw new TimeoutException($"{failure} within {timeout.TotalSeconds:0.#} s.");
            }

            await Task.Delay(10);
        }
    }

    private static async Task<NpgsqlConnection> OpenAsync(string connectionString)
    {
        var connection = new NpgsqlConnection(connectionString);
        try
        {
            await connection.OpenAsync();
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static async Task<object?> ScalarAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = await OpenAsync(Unpooled(connectionString));
        await ExecuteAsync(connection, sql);
    }
}
