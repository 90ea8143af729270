using Cms.Domain.Content;
using Cms.Infrastructure.Persistence;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Cms.Api.Caching;

/// <summary>
/// A scheduled item goes public when its time comes, with no write to tell anyone. This keeps
/// the next such time in memory; every public request compares the clock with it (nothing
/// more), and the first request at or after it evicts cached lists before being answered.
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

    /// <summary>Content changed: the next scheduled time may have too.</summary>
    public void MarkStale() => stale = true;

    /// <summary>True when a scheduled item has gone public since the last check (the caller evicts).</summary>
    public async ValueTask<bool> WentLiveAsync(CancellationToken ct)
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
    public async ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        if (await schedule.WentLiveAsync(cancellation))
        {
            await store.EvictByTagAsync(PublicCache.ContentTag, cancellation);
        }
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
}
