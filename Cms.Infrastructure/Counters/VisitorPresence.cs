namespace Cms.Infrastructure.Counters;

/// <summary>When a visitor was last seen: "online now" and the start of new visits.</summary>
public sealed class VisitorPresence
{
    public string VisitorId { get; set; } = string.Empty;

    public DateTimeOffset LastSeenAt { get; set; }
}
