using Npgsql;

namespace Cms.Infrastructure.Persistence;

/// <summary>
/// A PostgreSQL advisory lock held while one process prepares the database (migrations, the
/// first admin, demo content). Released when disposed, and by PostgreSQL if the process dies.
/// </summary>
public sealed class StartupLock : IAsyncDisposable
{
    /// <summary>Any number that is this application's alone.</summary>
    private const long Key = 0x436D_7353_7461_7274; // "CmsStart"

    private readonly NpgsqlConnection? connection;

    private StartupLock(NpgsqlConnection? connection) => this.connection = connection;

    public static async Task<StartupLock> TakeAsync(string? connectionString, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(connectionString))
        {
            return new StartupLock(null);
        }

        // Its own session, outside the pool: an advisory lock belongs to the session holding it.
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        try
        {
            await connection.OpenAsync(ct);
        }
        catch (PostgresException error) when (error.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            // No database yet: the migration creates it; there is nothing to take turns on.
            await connection.DisposeAsync();
            return new StartupLock(null);
        }

        await using (var take = new NpgsqlCommand($"SELECT pg_advisory_lock({Key})", connection))
        {
            await take.ExecuteNonQueryAsync(ct);
        }

        return new StartupLock(connection);
    }

    public async ValueTask DisposeAsync()
    {
        if (connection is not null)
        {
            await connection.DisposeAsync(); // ending the session releases the lock
        }
    }
}
