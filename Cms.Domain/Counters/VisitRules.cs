namespace Cms.Domain.Counters;

/// <summary>
/// When hits count. A visit is a visitor's first hit after <see cref="VisitGap"/> of
/// silence; a view of an item counts once per visitor per <see cref="ViewWindow"/>.
/// Pure functions over sorted instants, so the store can apply them to any batch,
/// including one that waited minutes for the database to come back.
/// </summary>
public sealed record VisitRules(TimeSpan VisitGap, TimeSpan ViewWindow)
{
    public static readonly VisitRules Default = new(TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(30));

    /// <summary>The instants at which new visits began, given when the visitor was last seen before.</summary>
    public IReadOnlyList<DateTimeOffset> VisitStarts(DateTimeOffset? lastSeen, IEnumerable<DateTimeOffset> hits)
    {
        var starts = new List<DateTimeOffset>();
        var previous = lastSeen;
        foreach (var at in hits.Order())
        {
            if (previous is not { } seen || at - seen >= VisitGap)
            {
                starts.Add(at);
            }

            if (previous is null || at > previous)
            {
                previous = at;
            }
        }

        return starts;
    }

    /// <summary>The instants at which views counted, given when the last counted view of the same item was.</summary>
    public IReadOnlyList<DateTimeOffset> CountedViews(DateTimeOffset? lastCounted, IEnumerable<DateTimeOffset> hits)
    {
        var counted = new List<DateTimeOffset>();
        var last = lastCounted;
        foreach (var at in hits.Order())
        {
            if (last is not { } previous || at - previous >= ViewWindow)
            {
                counted.Add(at);
                last = at;
            }
        }

        return counted;
    }
}
