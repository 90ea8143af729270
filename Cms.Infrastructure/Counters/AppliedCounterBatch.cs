namespace Cms.Infrastructure.Counters;

/// <summary>A batch of hits already applied: a retried flush of the same batch is recognised and skipped.</summary>
public sealed class AppliedCounterBatch
{
    public Guid BatchId { get; set; }

    public DateTimeOffset AppliedAt { get; set; }
}
