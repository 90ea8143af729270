using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Cms.Infrastructure.Persistence;

/// <summary>
/// Hand-written SQL for the hottest public reads, run on the context's own connection with
/// no EF Core query pipeline in between (no per-call expression work, no result buffering):
/// positional parameters ($1, $2, ...), prepared automatically after a few uses
/// (ConnectionDefaults), and retried on transient failures as EF's own queries are
/// (TransientRetryStrategy).
/// </summary>
public static class RawQuery
{
    public static Task<List<T>> ReadAsync<T>(this CmsDbContext db, string sql, Func<NpgsqlDataReader, T> read, CancellationToken ct,
        params NpgsqlParameter[] parameters) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async cancel =>
        {
            await db.Database.OpenConnectionAsync(cancel);
            try
            {
                await using var command = new NpgsqlCommand(sql, (NpgsqlConnection)db.Database.GetDbConnection());
                foreach (var parameter in parameters)
                {
                    command.Parameters.Add(parameter.Clone()); // a parameter belongs to one command; a retry makes another
                }

                await using var reader = await command.ExecuteReaderAsync(cancel);
                var rows = new List<T>();
                while (await reader.ReadAsync(cancel))
                {
                    rows.Add(read(reader));
                }

                return rows;
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        }, ct);
}
