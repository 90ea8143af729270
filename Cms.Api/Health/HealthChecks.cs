using Cms.Api.Counters;
using Cms.Infrastructure.Persistence;
using Cms.Infrastructure.Replicas;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Cms.Api.Health;

/// <summary>The database answers.</summary>
internal sealed class DatabaseHealthCheck(CmsDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy("The database answers.")
            : HealthCheckResult.Unhealthy("The database is unreachable.");
}

/// <summary>
/// Every migration this build knows is applied: an instance of a newer build must not serve
/// before `Cms.Api migrate` (or its own start-up) has brought the schema up to date.
/// </summary>
internal sealed class MigrationsHealthCheck(CmsDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        return pending.Count == 0
            ? HealthCheckResult.Healthy("Every migration is applied.")
            : HealthCheckResult.Unhealthy($"{pending.Count} migrations are not applied yet (the newest: {pending[^1]}).");
    }
}

/// <summary>
/// Hits reach the database: while it is away beacons wait (their hits held, up to
/// Cms:Counters:HoldTimeout), but an instance that has not written for a while is not one to
/// send readers to.
/// </summary>
internal sealed class CounterFlushHealthCheck(CounterFlusher flusher, TimeProvider clock) : IHealthCheck
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object> { ["held"] = flusher.Held };
        return Task.FromResult(flusher.FailingSince switch
        {
            null => HealthCheckResult.Healthy("Hits are being written.", data),
            { } since when clock.GetUtcNow() - since < Patience => HealthCheckResult.Degraded($"Writing hits has failed since {since:O}; {flusher.Held} are held and retried.", data: data),
            { } since => HealthCheckResult.Unhealthy($"Writing hits has failed since {since:O}; {flusher.Held} are held.", data: data),
        });
    }
}

/// <summary>
/// Each read replica's state and lag. Degraded, not unhealthy, when some are out of rotation:
/// their reads go to the primary, so this instance still serves readers.
/// </summary>
internal sealed class ReplicaHealthCheck(ReplicaSet replicas) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!replicas.Any)
        {
            return Task.FromResult(HealthCheckResult.Healthy("No read replicas configured: every read is on the primary."));
        }

        var data = replicas.All.ToDictionary(r => r.Name, r => (object)new
        {
            state = System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(r.State.ToString()),
            lagSeconds = r.Lag is { } lag ? Math.Round(lag.TotalSeconds, 3) : (double?)null,
            checkedAt = r.CheckedAt,
            problem = r.Problem,
        });
        var outOfRotation = replicas.All.Where(r => !r.InRotation).ToList();
        return Task.FromResult(outOfRotation.Count == 0
            ? HealthCheckResult.Healthy($"{replicas.All.Count} read replicas in rotation.", data)
            : HealthCheckResult.Degraded(
                $"{outOfRotation.Count} of {replicas.All.Count} read replicas out of rotation ({string.Join("; ", outOfRotation.Select(r => $"{r.Name}: {r.State}"))}); their reads go to the primary.",
                data: data));
    }
}
