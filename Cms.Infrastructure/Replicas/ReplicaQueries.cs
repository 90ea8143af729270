using Npgsql;
using NpgsqlTypes;

namespace Cms.Infrastructure.Replicas;

/// <summary>
/// The questions asked of the primary and the replicas about write-ahead log positions. Their
/// own small pools, apart from the ones requests use, so a busy request pool never delays a check.
/// </summary>
public sealed class ReplicaQueries : IAsyncDisposable
{
    private readonly NpgsqlDataSource primary;
    private readonly Dictionary<Replica, NpgsqlDataSource> replicas;

    public ReplicaQueries(string primaryConnection, IEnumerable<Replica> replicas)
    {
        primary = Small(primaryConnection);
        this.replicas = replicas.ToDictionary(r => r, r => Small(r.ConnectionString));
    }

    /// <summary>The primary's position now (<see cref="PrimaryPosition"/>).</summary>
    public async Task<ulong> PrimaryPositionAsync(CancellationToken ct)
    {
        await using var command = primary.CreateCommand(PrimaryPosition.Sql);
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return PrimaryPosition.Read(reader);
    }

    /// <summary>Whether the replica is still a standby, and how far it has replayed (0 if it never was one).</summary>
    public async Task<(bool InRecovery, ulong Replayed)> StatusAsync(Replica replica, CancellationToken ct)
    {
        await using var command = replicas[replica].CreateCommand("SELECT pg_is_in_recovery(), pg_last_wal_replay_lsn()");
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        return (reader.GetBoolean(0), reader.IsDBNull(1) ? 0 : (ulong)reader.GetFieldValue<NpgsqlLogSequenceNumber>(1));
    }

    public async ValueTask DisposeAsync()
    {
        await primary.DisposeAsync();
        foreach (var source in replicas.Values)
        {
            await source.DisposeAsync();
        }
    }

    private static NpgsqlDataSource Small(string connectionString) =>
        NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = 4, MinPoolSize = 0 });
}
