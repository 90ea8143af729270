namespace Cms.Api.Counters;

/// <summary>Writes buffered hits now instead of at the next tick (imports and tests use it).</summary>
public interface ICounterFlush
{
    /// <summary>False when the database refused; the hits stay held and are retried.</summary>
    Task<bool> FlushAsync(CancellationToken ct);
}
