using Cms.Infrastructure.Counters;

namespace Cms.Api.Counters;

/// <summary>
/// The latest site statistics, refreshed from the database after every flush (about once a
/// second), so the beacon can answer with them at once. Every API process reads the same
/// shared tables, so all of them show the same figures.
/// </summary>
internal sealed class SiteStatisticsCache
{
    private SiteStatistics current = new(0, 0, 0, 0);

    public SiteStatistics Current => Volatile.Read(ref current);

    public void Set(SiteStatistics statistics) => Volatile.Write(ref current, statistics);
}
