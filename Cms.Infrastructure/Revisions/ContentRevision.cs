using Cms.Domain.Common;
using Cms.Domain.Content;

namespace Cms.Infrastructure.Revisions;

/// <summary>
/// One save of a content item, kept: who and when (stamped on save like every audited row),
/// what was done (created, updated, published, restored, …) and the item's whole editable
/// content as it stood after it, in the shape of the type's create/update request, so viewing
/// one shows what an editor would send and restoring one replays it through the same path.
/// </summary>
public sealed class ContentRevision : IAudited
{
    public long Id { get; set; }

    public long ContentId { get; set; }

    /// <summary>Set for a revision made with the item in the same save (its id is not known yet).</summary>
    public ContentItem? Content { get; set; }

    public ContentType Type { get; set; }

    /// <summary>What the save did: see Api/Revisions/RevisionActions.</summary>
    public string Action { get; set; } = string.Empty;

    /// <summary>The item's status after the save.</summary>
    public ContentStatus Status { get; set; }

    public string Title { get; set; } = string.Empty;

    /// <summary>jsonb: the item as its type's request body.</summary>
    public string Snapshot { get; set; } = "{}";

    /// <summary>The revision a restore brought back.</summary>
    public long? RestoredFrom { get; set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string? CreatedBy { get; private set; }

    string? IAudited.UpdatedBy => CreatedBy;

    public void RecordWrite(string? actor, DateTimeOffset now, bool isNew)
    {
        if (isNew)
        {
            CreatedAt = Timestamp.Normalize(now);
            CreatedBy = actor;
        }
    }
}
