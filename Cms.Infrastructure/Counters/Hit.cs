namespace Cms.Infrastructure.Counters;

/// <summary>One page view as the beacon received it: who, what (null for a home or section page), when.</summary>
public readonly record struct Hit(string VisitorId, long? ContentId, DateTimeOffset At);

/// <summary>Hits flushed together. The id makes applying it idempotent: a retry after an unclear failure never counts twice.</summary>
public sealed record CounterBatch(Guid Id, IReadOnlyList<Hit> Hits);

/// <summary>The "Thống kê truy cập" box: Đang online, Hôm nay, Trong tuần, Tất cả.</summary>
public sealed record SiteStatistics(long Online, long Today, long ThisWeek, long Total);

/// <summary>How the counters count; from configuration.</summary>
public sealed record CounterSettings(
    Domain.Counters.VisitRules Rules,
    Domain.Counters.PortalCalendar Calendar,
    TimeSpan OnlineWindow,
    long StartingTotal);
