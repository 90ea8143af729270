namespace Cms.Infrastructure.Counters;

/// <summary>When a visitor's view of an item last counted, for the 30-minute de-duplication.</summary>
public sealed class ViewMark
{
    public string VisitorId { get; set; } = string.Empty;

    public long ContentId { get; set; }

    public DateTimeOffset CountedAt { get; set; }
}
