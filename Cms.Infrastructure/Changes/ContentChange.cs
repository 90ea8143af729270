using Cms.Domain.Content;

namespace Cms.Infrastructure.Changes;

/// <summary>
/// One row per write to a content item, made by a PostgreSQL trigger in the writing
/// transaction, so nothing that changes an item (the API, imports, psql) goes unrecorded.
/// Read by the changes feed that lets mobile apps keep an offline copy.
/// </summary>
public sealed class ContentChange
{
    public long Seq { get; set; }

    public long ContentId { get; set; }

    public ContentType Type { get; set; }

    /// <summary>The writing transaction's id (xid8 as a number): the feed orders and pages by it.</summary>
    public long Tx { get; set; }

    public DateTimeOffset ChangedAt { get; set; }
}
