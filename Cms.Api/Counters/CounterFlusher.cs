using System.Diagnostics;
using Cms.Api.Caching;
using Cms.Api.Configuration;
using Cms.Api.Telemetry;
using Cms.Infrastructure.Counters;
using Microsoft.Extensions.Options;

namespace Cms.Api.Counters;

/// <summary>
/// Group commit for the counters: commits whatever hits arrived while the previous commit ran,
/// one transaction per batch, and answers the batch's waiting beacon requests once it is
/// committed, so a 202 means the hit is in the database (issue 19: a crash loses nothing
/// answered). A batch that fails (database restarting) is retried with the same id every
/// FlushInterval, so a batch that did commit before the failure counts once; hits held longer
/// than HoldTimeout are given up and their requests told 503. Once per FlushInterval, not per
/// commit, the work whose cost does not shrink with bigger batches: evicting cached view
/// counts (here and, by NOTIFY, on every instance), reading the site statistics, clean-up.
/// </summary>
internal sealed class CounterFlusher(
    IServiceScopeFactory scopes, HitBuffer buffer, SiteStatisticsCache statistics, PublicCacheEviction cache,
    CmsMetrics metrics, IOptions<CmsOptions> options, TimeProvider clock, ILogger<CounterFlusher> logger) : BackgroundService, ICounterFlush
{
    private static readonly TimeSpan CleanUpEvery = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan ShutdownPatience = TimeSpan.FromSeconds(15);
    private readonly SemaphoreSlim gate = new(1, 1);
    private readonly List<HitBatch> pending = []; // sealed, not yet committed, oldest first
    private DateTimeOffset lastCleanUp = DateTimeOffset.MinValue;
    private bool viewsWritten; // since the last tick: whether cached view counts are stale
    private long failingSinceTicks; // 0: the last write went through
    private long lastWrittenTicks;

    private CounterOptions Settings => options.Value.Counters;

    /// <summary>Since when writes have been failing (hits are being held); null while they go through. Read by the readiness check.</summary>
    public DateTimeOffset? FailingSince => Interlocked.Read(ref failingSinceTicks) is var ticks and > 0 ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;

    /// <summary>Hits received and not yet committed (or given up).</summary>
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
        // Graceful shutdown: what is waiting goes to the database before the process ends, and a
        // hit arriving from now on is told 503 rather than left waiting for a flusher that is gone.
        buffer.Close();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(ShutdownPatience);
        try
        {
            while (!await WriteAsync(deadline.Token))
            {
                logger.LogWarning("Shutdown flush failed; {Held} hits still held, retrying", buffer.Held);
                await Task.Delay(TimeSpan.FromMilliseconds(500), deadline.Token);
            }

            await TickAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            logger.LogError("Stopped before the database took the last {Held} hits", buffer.Held);
            // A batch whose COMMIT was cut may be in the database: its requests get no answer
            // (cut when the process ends), as after a crash, rather than a 503 that could be false.
            GiveUp(b => !b.MayHaveCommitted);
        }
    }

    /// <summary>Writes everything received so far and refreshes what depends on it; false if the database refused (the hits stay held).</summary>
    public async Task<bool> FlushAsync(CancellationToken ct)
    {
        var written = await WriteAsync(ct);
        await TickAsync(ct);
        return written;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Real time, not the injected clock: how often to flush is an operational matter,
        // while the hits themselves carry the clock's timestamps.
        var interval = Settings.FlushInterval;
        var nextTick = Environment.TickCount64 + (long)interval.TotalMilliseconds;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var untilTick = TimeSpan.FromMilliseconds(Math.Max(0, nextTick - Environment.TickCount64));
                if (FailingSince is null)
                {
                    await buffer.WaitForHitsAsync(untilTick, stoppingToken);
                }
                else
                {
                    await Task.Delay(untilTick, stoppingToken); // the database is away: try again at the tick
                }

                if (buffer.Held > 0)
                {
                    await WriteAsync(stoppingToken);
                }

                if (Environment.TickCount64 >= nextTick)
                {
                    await TickAsync(stoppingToken);
                    nextTick = Environment.TickCount64 + (long)interval.TotalMilliseconds;
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: StopAsync does the final flush.
        }
    }

    /// <summary>Seals the open batch and commits every batch waiting, oldest first; false at the first refusal.</summary>
    private async Task<bool> WriteAsync(CancellationToken ct)
    {
        await gate.WaitAsync(ct);
        try
        {
            if (buffer.Seal() is { } sealedBatch)
            {
                pending.Add(sealedBatch);
            }

            while (pending.Count > 0)
            {
                var batch = pending[0];
                var started = Stopwatch.GetTimestamp(); // real time, as for the flush interval
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<CounterStore>().ApplyAsync(batch.ToCounterBatch(), ct);
                }
                catch (Exception exception) when (exception is not OperationCanceledException || !ct.IsCancellationRequested)
                {
                    batch.MayHaveCommitted |= exception is CommitOutcomeUnknownException;
                    logger.LogWarning(exception, "Could not write {Count} hits to the database; they are held and retried", batch.Count);
                    Interlocked.CompareExchange(ref failingSinceTicks, clock.GetUtcNow().UtcTicks, 0);
                    var hold = (long)Settings.HoldTimeout.TotalMilliseconds;
                    GiveUp(b => !b.MayHaveCommitted && Environment.TickCount64 - b.OpenedAtMs >= hold);
                    return false;
                }

                pending.RemoveAt(0);
                buffer.Settled(batch.Count);
                batch.Committed();
                metrics.BatchCommitted(batch.Count, Stopwatch.GetElapsedTime(started));
                viewsWritten = true;
            }

            Interlocked.Exchange(ref failingSinceTicks, 0);
            Interlocked.Exchange(ref lastWrittenTicks, clock.GetUtcNow().UtcTicks);
            return true;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// Answers "not counted" to the requests of the held batches that match, and forgets their
    /// hits. Only batches known not to be in the database may match, or a 503 would be a lie.
    /// </summary>
    private void GiveUp(Func<HitBatch, bool> which)
    {
        if (buffer.Seal() is { } sealedBatch)
        {
            pending.Add(sealedBatch);
        }

        foreach (var batch in pending.Where(which).ToList())
        {
            pending.Remove(batch);
            buffer.Settled(batch.Count);
            batch.GivenUp();
            metrics.HitsGivenUp(batch.Count);
            logger.LogError("Gave up {Count} hits the database did not take within {HoldTimeout}; their requests are told 503", batch.Count, Settings.HoldTimeout);
        }
    }

    /// <summary>The periodic part: cached view counts evicted everywhere if hits were written, statistics re-read, old state cleaned up.</summary>
    private async Task TickAsync(CancellationToken ct)
    {
        await gate.WaitAsync(ct);
        try
        {
            // Cached public responses carry view counts: they live at most one FlushInterval after
            // a write. A quiet tick evicts nothing, or the cache would be emptied every second for
            // no reason; per commit it would be emptied hundreds of times a second under load.
            if (viewsWritten)
            {
                cache.ViewsChanged();
                viewsWritten = !await TryAnnounceViewsAsync(ct); // unannounced: again at the next tick
            }

            await TryRefreshStatisticsAsync(ct);
            await CleanUpIfDueAsync(ct);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Tells the other instances (ChangeNotificationListener) to drop their cached view counts.</summary>
    private Task<bool> TryAnnounceViewsAsync(CancellationToken ct) =>
        TryWithStoreAsync((store, ct) => store.AnnounceViewsAsync(ct), "Could not announce new view counts; tried again at the next tick", ct);

    private Task<bool> TryRefreshStatisticsAsync(CancellationToken ct) =>
        TryWithStoreAsync(async (store, ct) => statistics.Set(await store.ReadStatisticsAsync(clock.GetUtcNow(), ct)),
            "Could not read the site statistics; serving the last known figures", ct);

    private async Task CleanUpIfDueAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (now - lastCleanUp < CleanUpEvery)
        {
            return;
        }

        lastCleanUp = now;
        await TryWithStoreAsync((store, ct) => store.CleanUpAsync(now, ct), "Counter clean-up failed; it is tried again later", ct);
    }

    /// <summary>
    /// The periodic work's one way to reach the database: a failure is logged and answered false
    /// (the work is tried again at a later tick), never thrown into the flusher's loop.
    /// </summary>
    private async Task<bool> TryWithStoreAsync(Func<CounterStore, CancellationToken, Task> work, string failure, CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await work(scope.ServiceProvider.GetRequiredService<CounterStore>(), ct);
            return true;
        }
        catch (ObjectDisposedException)
        {
            // The host is being torn down around the last flush (a test host disposes its
            // services while hosted services still stop): nobody is left to need it.
            logger.LogDebug("Counter work skipped: the application is shutting down");
            return false;
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            logger.LogWarning(exception, failure);
            return false;
        }
    }
}
