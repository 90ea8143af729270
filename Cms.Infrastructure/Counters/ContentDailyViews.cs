namespace Cms.Infrastructure.Counters;

/// <summary>Views of an item on one day of the portal's calendar: the source of "most viewed today / this week".</summary>
public sealed class ContentDailyViews
{
    public long ContentId { get; set; }

    public DateOnly Day { get; set; }

    public long Views { get; set; }
}
