namespace Cms.Infrastructure.Counters;

/// <summary>One page view as the beacon received it: who, what (null for a home or section page), when.</summary>
public readonly record struct Hit(string VisitorId, long? ContentId, DateTimeOffset At);
