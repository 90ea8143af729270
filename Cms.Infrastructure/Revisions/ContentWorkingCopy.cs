using Cms.Domain.Common;

namespace Cms.Infrastructure.Revisions;

/// <summary>
/// The next version of an item, being written while the current one stays as it is (live, if
/// published): at most one per item, in the shape of the type's request body, applied to the
/// item when an editor publishes it.
/// </summary>
public sealed class ContentWorkingCopy : AuditedEntity
{
    public long ContentId { get; set; }

    public string Snapshot { get; set; } = "{}";

    /// <summary>The item's version the copy was started from or last brought up to date with.</summary>
    public uint BasedOnVersion { get; set; }

    public uint Version { get; private set; }
}
