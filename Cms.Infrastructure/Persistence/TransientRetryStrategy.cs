using Microsoft.EntityFrameworkCore.Storage;
using Npgsql.EntityFrameworkCore.PostgreSQL;

namespace Cms.Infrastructure.Persistence;

/// <summary>
/// Connection resilience: a query or save that fails with a transient PostgreSQL error (a
/// restart, a failover, a connection the server dropped) is tried again on a fresh connection,
/// up to three times. Work inside an explicit transaction is not retried piecemeal (half a
/// transaction cannot be replayed): it runs once, and its callers retry it as a whole (the
/// counter flush keeps its batch, the scheduler and the webhook dispatcher run again, a failed
/// start-up is restarted by the orchestrator).
/// </summary>
internal sealed class TransientRetryStrategy(ExecutionStrategyDependencies dependencies)
    : NpgsqlRetryingExecutionStrategy(dependencies, MaxRetries, TimeSpan.FromSeconds(2), errorCodesToAdd: null)
{
    private const int MaxRetries = 3;

    protected override void OnFirstExecution()
    {
        // The base refuses to run inside a transaction someone else began; here such work
        // simply runs without retries (ShouldRetryOn below), as it would with no strategy.
        ExceptionsEncountered.Clear();
    }

    /// <summary>No wait when the failure took a read replica out of rotation: the retry opens on the primary.</summary>
    protected override TimeSpan? GetNextDelay(Exception lastException) =>
        Replicas.ReadTarget.Current is { InRotation: false } ? TimeSpan.Zero : base.GetNextDelay(lastException);

    protected override bool ShouldRetryOn(Exception? exception) =>
        Dependencies.CurrentContext.Context.Database.CurrentTransaction is null && base.ShouldRetryOn(exception);
}
