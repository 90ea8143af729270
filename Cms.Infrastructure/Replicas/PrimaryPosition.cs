using Cms.Infrastructure.Persistence;
using Npgsql;
using NpgsqlTypes;

namespace Cms.Infrastructure.Replicas;

/// <summary>
/// The primary's log position now: where its last inserted record ends (WalPosition.RecordEnd).
/// Read after a commit (or a snapshot), it is past that commit, so a replica that has replayed
/// this far, or a read sent with it as Cms-Read-After, includes the change. The insert position,
/// not the written one: with synchronous_commit off, a commit can return before its record is
/// written. Only ever asked of the primary (a standby refuses it).
/// </summary>
public static class PrimaryPosition
{
    public const string Sql = "SELECT pg_current_wal_insert_lsn(), current_setting('wal_block_size')::int";

    /// <summary>The position from a row of <see cref="Sql"/>.</summary>
    public static ulong Read(NpgsqlDataReader row) =>
        WalPosition.RecordEnd((ulong)row.GetFieldValue<NpgsqlLogSequenceNumber>(0), row.GetInt32(1));

    /// <summary>On the context's connection, in PostgreSQL's text form ("0/16B3748"), as clients get it.</summary>
    public static async Task<string> ReadTextAsync(CmsDbContext db, CancellationToken ct) =>
        new NpgsqlLogSequenceNumber((await db.ReadAsync(Sql, Read, ct)).Single()).ToString();
}
