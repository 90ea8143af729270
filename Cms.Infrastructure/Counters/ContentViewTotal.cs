namespace Cms.Infrastructure.Counters;

/// <summary>An item's view count: <see cref="Views"/> shown to readers, of which <see cref="Imported"/> was carried over.</summary>
public sealed class ContentViewTotal
{
    public long ContentId { get; set; }

    public long Views { get; set; }

    public long Imported { get; set; }
}
