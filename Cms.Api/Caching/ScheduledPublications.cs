using Cms.Domain.Content;
using Cms.Infrastructure.Persistence;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Cms.Api.Caching;

/// <summary>
/// The version of what the public can see: it moves when content changes and when a scheduled
/// item goes public, which happens with no write to tell anyone. The next such time is kept
/// in memory; every public request compares the clock with it (nothing more), and the first
/// request at or after it moves the version, so caches drop what they hold before answering.
/// The time is re-read after any content change and every half minute (other instances may
/// have scheduled something).
/// </summary>
internal sealed class ScheduledPublications(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ScheduledPublications> logger)
{
    private static readonly TimeSpan RereadEvery = TimeSpan.FromSeconds(30);
    private readonly SemaphoreSlim gate = new(1, 1);
    private DateTimeOffset? nextDue;
    private DateTimeOffset readAt = DateTimeOffset.MinValue;
    private volatile bool stale = true;
    private long changes;
    private long wentLive;
    /// <summary>When the version last moved (UTC ticks): see <see cref="CurrentAsync"/>.</summary>
    private long movedAt;

    private TaskCompletionSource changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes at the next content change, on this instance or another: the scheduler (Content/ScheduledPublisher) waits on it for new schedules.</summary>
    public Task NextChange => Volatile.Read(ref changed).Task;

    /// <summary>Content changed: what the public sees, and perhaps the next scheduled time, with it.</summary>
    public void ContentChanged()
    {
        // The time first, then the version: whoever sees the new version sees this time too.
        Interlocked.Exchange(ref movedAt, clock.GetUtcNow().UtcTicks);
        Interlocked.Increment(ref changes);
        stale = true;
        Interlocked.Exchange(ref changed, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
    }

    /// <summary>The current version, after moving it if a scheduled item has gone public.</summary>
    public async ValueTask<long> CurrentVersionAsync(CancellationToken ct)
    {
        var live = await WentLiveCountAsync(ct);
        return Interlocked.Read(ref changes) + live;
    }

    /// <summary>
    /// The current version and when it was reached. A list read at an earlier time (a request's
    /// "now" is taken when it starts) may have missed the change that moved it: an item
    /// published just after the request began is committed, and heard of, before the request
    /// counts, yet not public at the request's "now". What such a read found is right for that
    /// request and must not be kept under this version (Caching/ListCounts).
    /// </summary>
    public async ValueTask<(long Version, DateTimeOffset Since)> CurrentAsync(CancellationToken ct)
    {
        var version = await CurrentVersionAsync(ct);
        return (version, new DateTimeOffset(Interlocked.Read(ref movedAt), TimeSpan.Zero));
    }

    /// <summary>How many times scheduled items have gone public (nothing else evicts for those).</summary>
    public async ValueTask<long> WentLiveCountAsync(CancellationToken ct)
    {
        if (await WentLiveAsync(ct))
        {
            Interlocked.Exchange(ref movedAt, clock.GetUtcNow().UtcTicks);
            Interlocked.Increment(ref wentLive);
        }

        return Interlocked.Read(ref wentLive);
    }

    private async ValueTask<bool> WentLiveAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (!stale && now < readAt + RereadEvery && (nextDue is null || now < nextDue))
        {
            return false; // the common case: one comparison
        }

        await gate.WaitAsync(ct);
        try
        {
            var due = nextDue is { } at && at <= now;
            nextDue = await ReadNextAsync(now, ct);
            readAt = now;
            stale = false;
            return due;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogWarning(exception, "Could not read the next scheduled publication; cached lists are evicted to be safe");
            return true;
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<DateTimeOffset?> ReadNextAsync(DateTimeOffset now, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CmsDbContext>().ContentItems
            .Where(x => x.Status == ContentStatus.Scheduled && x.PublishedAt > now)
            .MinAsync(x => x.PublishedAt, ct);
    }
}

/// <summary>Part of the public cache policy: before a request is looked up, evict if a scheduled item went live.</summary>
internal sealed class ScheduledPublicationPolicy(ScheduledPublications schedule, IOutputCacheStore store) : IOutputCachePolicy
{
    private long evictedFor;

    private static readonly object VersionAtStart = new();

    public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        // Content changes evict at once themselves (PublicCacheEviction); only a scheduled
        // item going live, which no write announces, is caught here.
        var wentLive = await schedule.WentLiveCountAsync(cancellation);
        if (Interlocked.Exchange(ref evictedFor, wentLive) != wentLive)
        {
            await store.EvictByTagAsync(PublicCache.ContentTag, cancellation);
        }

        context.HttpContext.Items[VersionAtStart] = await schedule.CurrentVersionAsync(cancellation);
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    /// <summary>
    /// A response read while content changed is not stored: the change evicted the cache while
    /// the response was being made, from a read that may predate the change (the request's
    /// "now" is taken when it starts), and stored after the eviction it would be served, stale,
    /// until the next change or its expiry.
    /// </summary>
    public async ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        if (context.HttpContext.Items[VersionAtStart] is long atStart && atStart != await schedule.CurrentVersionAsync(cancellation))
        {
            context.AllowCacheStorage = false;
        }
    }
}
