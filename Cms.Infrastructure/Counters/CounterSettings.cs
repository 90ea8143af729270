namespace Cms.Infrastructure.Counters;

/// <summary>How the counters count; from configuration.</summary>
public sealed record CounterSettings(
    Domain.Counters.VisitRules Rules,
    Domain.Counters.PortalCalendar Calendar,
    TimeSpan OnlineWindow,
    long StartingTotal);
