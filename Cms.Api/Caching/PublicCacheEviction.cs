using Cms.Infrastructure.Persistence;
using Cms.Infrastructure.Replicas;
using Microsoft.AspNetCore.OutputCaching;

namespace Cms.Api.Caching;

/// <summary>Drops cached public responses by tag. Called after commits, so readers never get an older copy.</summary>
internal sealed class PublicCacheEviction(IOutputCacheStore store, ScheduledPublications schedule, WalPositions positions, ILogger<PublicCacheEviction> logger)
    : IContentChangeListener
{
    public void ContentChanged()
    {
        // First: from here on no read may refill the cache from a replica that lacks the change.
        positions.ChangeHeard();
        schedule.ContentChanged();
        Evict(PublicCache.ContentTag);
    }

    public void ViewsChanged() => Evict(PublicCache.ViewsTag);

    private void Evict(string tag)
    {
        // The in-memory store evicts synchronously; the ValueTask is complete on return.
        var eviction = store.EvictByTagAsync(tag, CancellationToken.None);
        if (!eviction.IsCompletedSuccessfully)
        {
            eviction.AsTask().ContinueWith(t => logger.LogWarning(t.Exception, "Evicting {Tag} from the output cache failed", tag),
                CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
        }
    }
}
