using Cms.Tests.Support;
using Npgsql;
using NpgsqlTypes;

namespace Cms.Tests.Infrastructure;

/// <summary>
/// The replica pair the read-replica tests stand on: a real hot standby that follows the
/// primary, can be held behind it, and cannot be written to.
/// </summary>
public sealed class ReplicatedPostgresTests(ReplicatedPostgres pair) : IClassFixture<ReplicatedPostgres>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_row_committed_on_the_primary_is_on_the_replica_once_replayed()
    {
        await ExecuteAsync(pair.PrimaryConnection, "CREATE TABLE followed (note text); INSERT INTO followed VALUES ('Lượt xem: 520')");

        await pair.WaitForReplayAsync();

        Assert.Equal("Lượt xem: 520", await ScalarAsync<string>(pair.ReplicaConnection, "SELECT note FROM followed"));
    }

    [Fact]
    public async Task While_replay_is_paused_a_new_row_stays_off_the_replica_until_resumed()
    {
        await ExecuteAsync(pair.PrimaryConnection, "CREATE TABLE held (note text)");
        await pair.WaitForReplayAsync();
        await pair.PauseReplayAsync();
        try
        {
            await ExecuteAsync(pair.PrimaryConnection, "INSERT INTO held VALUES ('Phim tư liệu')");
            // Received but not replayed: the row is held back by the pause, not merely in transit.
            await WaitUntilReplicaReceivedAsync();

            Assert.True(await ScalarAsync<bool>(pair.ReplicaConnection, "SELECT pg_is_in_recovery()"));
            Assert.Equal(0L, await ScalarAsync<long>(pair.ReplicaConnection, "SELECT count(*) FROM held"));
        }
        finally
        {
            await pair.ResumeReplayAsync();
        }

        await pair.WaitForReplayAsync();
        Assert.Equal(1L, await ScalarAsync<long>(pair.ReplicaConnection, "SELECT count(*) FROM held"));
    }

    [Fact]
    public async Task The_replica_refuses_writes_as_a_read_only_transaction()
    {
        await ExecuteAsync(pair.PrimaryConnection, "CREATE TABLE refused (note text)");
        await pair.WaitForReplayAsync();

        var refused = await Assert.ThrowsAsync<PostgresException>(
            () => ExecuteAsync(pair.ReplicaConnection, "INSERT INTO refused VALUES ('Thống kê truy cập')"));

        Assert.Equal(PostgresErrorCodes.ReadOnlySqlTransaction, refused.SqlState); // 25006
    }

    /// <summary>Waits until the replica has received (not necessarily replayed) all WAL the primary has flushed.</summary>
    private async Task WaitUntilReplicaReceivedAsync()
    {
        var flushed = await ScalarAsync<NpgsqlLogSequenceNumber>(pair.PrimaryConnection, "SELECT pg_current_wal_flush_lsn()");
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (await ScalarAsync<NpgsqlLogSequenceNumber>(pair.ReplicaConnection, "SELECT pg_last_wal_receive_lsn()") < flushed)
        {
            Assert.True(DateTime.UtcNow < deadline, $"The replica did not receive the primary's WAL up to {flushed}.");
            await Task.Delay(10, Ct);
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(Ct);
    }

    private static async Task<T> ScalarAsync<T>(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync(Ct))!;
    }
}
