namespace Cms.Infrastructure.Replicas;

/// <summary>Write-ahead log positions as the primary and a replica report them, made comparable.</summary>
public static class WalPosition
{
    // A log page's header: the short one, and the long one a segment's first page has (64-bit).
    private const ulong ShortPageHeader = 24;
    private const ulong LongPageHeader = 40;

    /// <summary>
    /// The end of the last record the primary inserted, from pg_current_wal_insert_lsn(). When
    /// that record ended a page, the insert position is already past the next page's header,
    /// while a replica that has replayed the record reports the page boundary: asked for the
    /// header's end, it would seem behind until the next record, which on an idle primary may be
    /// long. No record ends inside a header, so the boundary is exact.
    /// </summary>
    public static ulong RecordEnd(ulong insertPosition, int walBlockSize)
    {
        var offset = insertPosition % (ulong)walBlockSize;
        return offset is ShortPageHeader or LongPageHeader ? insertPosition - offset : insertPosition;
    }
}
