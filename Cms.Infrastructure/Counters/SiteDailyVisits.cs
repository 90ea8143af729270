namespace Cms.Infrastructure.Counters;

/// <summary>Visits to the site on one day of the portal's calendar.</summary>
public sealed class SiteDailyVisits
{
    public DateOnly Day { get; set; }

    public long Visits { get; set; }
}
