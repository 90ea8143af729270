namespace Cms.Infrastructure.Counters;

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
