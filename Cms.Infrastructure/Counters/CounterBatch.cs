namespace Cms.Infrastructure.Counters;

/// <summary>Hits flushed together. The id makes applying it idempotent: a retry after an unclear failure never counts twice.</summary>
public sealed record CounterBatch(Guid Id, IReadOnlyList<Hit> Hits);
