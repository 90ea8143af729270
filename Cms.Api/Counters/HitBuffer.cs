using System.Collections.Concurrent;
using Cms.Infrastructure.Counters;

namespace Cms.Api.Counters;

/// <summary>
/// Where the beacon leaves hits: a lock-free queue in memory, so answering a page view
/// never waits on the database. The flusher drains it in batches.
/// </summary>
internal sealed class HitBuffer
{
    private readonly ConcurrentQueue<Hit> queue = new();
    private long held;

    /// <summary>Hits accepted but not yet in the database (queued or in a batch awaiting retry).</summary>
    public long Held => Interlocked.Read(ref held);

    public void Add(Hit hit)
    {
        Interlocked.Increment(ref held);
        queue.Enqueue(hit);
    }

    public List<Hit> Drain()
    {
        var hits = new List<Hit>(queue.Count);
        while (queue.TryDequeue(out var hit))
        {
            hits.Add(hit);
        }

        return hits;
    }

    /// <summary>Called once hits are safely in the database.</summary>
    public void Written(int count) => Interlocked.Add(ref held, -count);
}
