using Cms.Api.Caching;
using Cms.Api.Configuration;
using Cms.Api.Telemetry;
using Cms.Infrastructure.Counters;
using Microsoft.Extensions.Options;

namespace Cms.Api.Counters;

/// <summary>
/// Write-behind for the counters: at least once a second, drains the hit buffer into a
/// batch and applies it in one transaction. A batch that fails (database restarting) is
/// kept, with its id, and retried first next time: nothing is lost, and the id makes a
/// batch that did commit before the failure count only once. Stopping the host flushes.
/// </summary>
internal sealed class CounterFlusher(
    IServiceScopeFactory scopes, HitBuffer buffer, SiteStatisticsCache statistics, PublicCacheEviction cache,
    CmsMetrics metrics, IOptions<CmsOptions> options, TimeProvider clock, ILogger<CounterFlusher> logger) : BackgroundService, ICounterFlush
{
    private static readonly TimeSpan CleanUpEvery = TimeSpan.FromMinutes(5);
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly List<CounterBatch> pending = [];
    private DateTimeOffset lastCleanUp = DateTimeOffset.MinValue;
    private long failingSinceTicks; // 0: the last flush went through
    private long lastWrittenTicks;

    /// <summary>Since when flushes have been failing (hits are being held); null while they go through. Read by the readiness check.</summary>
    public DateTimeOffset? FailingSince => Interlocked.Read(ref failingSinceTicks) is var ticks and > 0 ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;

    /// <summary>Hits accepted and not yet written.</summary>
    public long Held => buffer.Held;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        Interlocked.Exchange(ref lastWrittenTicks, clock.GetUtcNow().UtcTicks);
        metrics.HeldHits = () => buffer.Held;
        metrics.FlushLag = () => (clock.GetUtcNow() - new DateTimeOffset(Interlocked.Read(ref lastWrittenTicks), TimeSpan.Zero)).TotalSeconds;
        // Serve real figures from the first beacon on.
        await TryRefreshStatisticsAsync(cancellationToken);
        await base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        // Graceful shutdown: what was accepted goes to the database before the process ends.
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(TimeSpan.FromSeconds(15));
        try
        {
            while (!await FlushAsync(deadline.Token))
            {
                logger.LogWarning("Shutdown flush failed; {Held} hits still held, retrying", buffer.Held);
                await Task.Delay(TimeSpan.FromMilliseconds(500), deadline.Token);
            }
        }
        catch (OperationCanceledException)
        {
            logger.LogError("Stopped before the database took the last {Held} hits; they are lost", buffer.Held);
        }
    }

    /// <summary>Writes everything buffered so far; false if the database refused (the hits stay held).</summary>
    public async Task<bool> FlushAsync(CancellationToken ct)
    {
        await gate.WaitAsync(ct);
        try
        {
            var hits = buffer.Drain();
            if (hits.Count > 0)
            {
                pending.Add(new CounterBatch(Guid.NewGuid(), hits));
            }

            var written = false;
            while (pending.Count > 0)
            {
                var batch = pending[0];
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<CounterStore>().ApplyAsync(batch, ct);
                }
                catch (Exception exception) when (exception is not OperationCanceledException || !ct.IsCancellationRequested)
                {
                    logger.LogWarning(exception, "Could not write {Count} hits to the database; they are kept and retried", batch.Hits.Count);
                    Interlocked.CompareExchange(ref failingSinceTicks, clock.GetUtcNow().UtcTicks, 0);
                    return false;
                }

                pending.RemoveAt(0);
                buffer.Written(batch.Hits.Count);
                metrics.HitsFlushed(batch.Hits.Count);
                written = true;
            }

            Interlocked.Exchange(ref failingSinceTicks, 0);
            Interlocked.Exchange(ref lastWrittenTicks, clock.GetUtcNow().UtcTicks);

            // Cached public responses carry view counts: they live at most one flush that wrote
            // hits. Other instances' batches arrive by NOTIFY (ChangeNotificationListener). A quiet
            // tick evicts nothing, or the cache would be emptied every second for no reason.
            if (written)
            {
                cache.ViewsChanged();
            }

            await TryRefreshStatisticsAsync(ct);
            await CleanUpIfDueAsync(ct);
            return true;
        }
        finally
        {
            gate.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Real time, not the injected clock: how often to flush is an operational matter,
        // while the hits themselves carry the clock's timestamps.
        using var timer = new PeriodicTimer(options.Value.Counters.FlushInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await FlushAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: StopAsync does the final flush.
        }
    }

    private async Task TryRefreshStatisticsAsync(CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            statistics.Set(await scope.ServiceProvider.GetRequiredService<CounterStore>().ReadStatisticsAsync(clock.GetUtcNow(), ct));
        }
        catch (ObjectDisposedException)
        {
            // The host is being torn down around the last flush (a test host disposes its
            // services while hosted services still stop): nobody is left to read the figures.
            logger.LogDebug("Site statistics not refreshed: the application is shutting down");
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            logger.LogWarning(exception, "Could not read the site statistics; serving the last known figures");
        }
    }

    private async Task CleanUpIfDueAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (now - lastCleanUp < CleanUpEvery)
        {
            return;
        }

        lastCleanUp = now;
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<CounterStore>().CleanUpAsync(now, ct);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            logger.LogWarning(exception, "Counter clean-up failed; it is tried again later");
        }
    }
}
