using Cms.Api.Configuration;
using Cms.Infrastructure.Replicas;
using Microsoft.Extensions.Options;

namespace Cms.Api.Replicas;

/// <summary>
/// Checks every replica each Cms:Replicas:CheckInterval (still answering? still a standby? how far
/// behind?) and puts it in or out of rotation; and places the changes this process hears
/// (WalPositions), so reads can follow them to the replicas. Runs only when replicas are
/// configured. Real time throughout: lag is the servers', whatever clock the API is given.
/// </summary>
internal sealed class ReplicaMonitor(ReplicaSet replicas, IOptions<CmsOptions> options, ILogger<ReplicaMonitor> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (replicas.Queries is not { } queries)
        {
            return; // no replicas
        }

        var settings = options.Value.Replicas;
        var placing = replicas.Positions.RunAsync(queries.PrimaryPositionAsync, TimeSpan.FromSeconds(1),
            error => logger.LogWarning(error, "Could not read the primary's log position; public reads stay on the primary"), stoppingToken);
        var history = new PrimaryPositionHistory(TimeSpan.FromTicks(Math.Max(settings.MaxLag.Ticks * 4, TimeSpan.FromMinutes(1).Ticks)));
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await CheckAllAsync(queries, history, settings.MaxLag, stoppingToken);
                await Task.Delay(settings.CheckInterval, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            try
            {
                await placing;
            }
            catch (OperationCanceledException)
            {
            }
        }
    }

    private async Task CheckAllAsync(ReplicaQueries queries, PrimaryPositionHistory history, TimeSpan maxLag, CancellationToken ct)
    {
        try
        {
            using var timeout = Timeout(ct);
            history.Add(DateTimeOffset.UtcNow, await queries.PrimaryPositionAsync(timeout.Token));
        }
        catch (Exception error) when (!ct.IsCancellationRequested)
        {
            // Without the primary, lag is judged from the positions sampled before.
            logger.LogWarning(error, "Could not read the primary's log position to measure replica lag");
        }

        await Task.WhenAll(replicas.All.Select(replica => CheckAsync(queries, replica, history, maxLag, ct)));
    }

    private async Task CheckAsync(ReplicaQueries queries, Replica replica, PrimaryPositionHistory history, TimeSpan maxLag, CancellationToken ct)
    {
        var before = replica.State;
        try
        {
            using var timeout = Timeout(ct);
            var (inRecovery, replayed) = await queries.StatusAsync(replica, timeout.Token);
            var now = DateTimeOffset.UtcNow;
            replica.Observed(inRecovery, replayed, history.LagOf(replayed, now), maxLag, now);
        }
        catch (Exception error) when (!ct.IsCancellationRequested)
        {
            replica.Failed(error, DateTimeOffset.UtcNow);
        }

        if (replica.State != before)
        {
            if (replica.InRotation)
            {
                logger.LogInformation("Replica {Replica} is in rotation (lag {Lag})", replica.Name, replica.Lag);
            }
            else
            {
                logger.LogWarning("Replica {Replica} is out of rotation: {State}, {Problem}", replica.Name, replica.State, replica.Problem);
            }
        }
    }

    private static CancellationTokenSource Timeout(CancellationToken ct)
    {
        var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(ReplicaConnections.DefaultTimeoutSeconds));
        return timeout;
    }
}
