using Cms.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using NpgsqlTypes;

namespace Cms.Infrastructure.Replicas;

/// <summary>
/// The primary's log position now, in PostgreSQL's text form ("0/16B3748"), for a client to send
/// back as Cms-Read-After: read after a commit (or a snapshot), it is past that commit, so a read
/// at or after it includes the change whichever process or replica answers.
/// </summary>
public static class PrimaryPosition
{
    public static async Task<string> ReadAsync(CmsDbContext db, CancellationToken ct)
    {
        var now = await db.Database.SqlQuery<Position>(
            $"SELECT pg_current_wal_insert_lsn()::text AS insert, current_setting('wal_block_size')::int AS block_size").SingleAsync(ct);
        return new NpgsqlLogSequenceNumber(WalPosition.RecordEnd((ulong)NpgsqlLogSequenceNumber.Parse(now.Insert), now.BlockSize)).ToString();
    }

    private sealed record Position(string Insert, int BlockSize);
}
