namespace Cms.Infrastructure.Counters;

// The counter store's tables. They live apart from content_items so that counting a
// view never changes a content row (its xmin is the editors' concurrency token) and
// readers' caches are not invalidated by every hit.

/// <summary>An item's view count: <see cref="Views"/> shown to readers, of which <see cref="Imported"/> was carried over.</summary>
public sealed class ContentViewTotal
{
    public long ContentId { get; set; }

    public long Views { get; set; }

    public long Imported { get; set; }
}

/// <summary>Views of an item on one day of the portal's calendar: the source of "most viewed today / this week".</summary>
public sealed class ContentDailyViews
{
    public long ContentId { get; set; }

    public DateOnly Day { get; set; }

    public long Views { get; set; }
}

/// <summary>Visits to the site on one day of the portal's calendar.</summary>
public sealed class SiteDailyVisits
{
    public DateOnly Day { get; set; }

    public long Visits { get; set; }
}

/// <summary>When a visitor was last seen: "online now" and the start of new visits.</summary>
public sealed class VisitorPresence
{
    public string VisitorId { get; set; } = string.Empty;

    public DateTimeOffset LastSeenAt { get; set; }
}

/// <summary>When a visitor's view of an item last counted, for the 30-minute de-duplication.</summary>
public sealed class ViewMark
{
    public string VisitorId { get; set; } = string.Empty;

    public long ContentId { get; set; }

    public DateTimeOffset CountedAt { get; set; }
}

/// <summary>A batch of hits already applied: a retried flush of the same batch is recognised and skipped.</summary>
public sealed class AppliedCounterBatch
{
    public Guid BatchId { get; set; }

    public DateTimeOffset AppliedAt { get; set; }
}

/// <summary>The audit record of figures imported from a previous system; the only way to set counts by hand.</summary>
public sealed class CounterImport
{
    public long Id { get; set; }

    public DateTimeOffset ImportedAt { get; set; }

    public string ImportedBy { get; set; } = string.Empty;

    /// <summary>The site's all-time visits carried over (replaces any earlier figure), or null to leave it.</summary>
    public long? SiteVisits { get; set; }

    /// <summary>Item view counts carried over, as JSON: [{"contentId":1,"views":520}].</summary>
    public string Items { get; set; } = "[]";

    public string? Note { get; set; }
}
