namespace Cms.Api.Counters;

/// <summary>
/// Writes any hits still waiting and does the periodic work now instead of at the next
/// FlushInterval: cached view counts evicted, the site statistics re-read (imports and tests use it).
/// </summary>
public interface ICounterFlush
{
    /// <summary>False when the database refused; the hits stay held and are retried.</summary>
    Task<bool> FlushAsync(CancellationToken ct);
}
