using Cms.Infrastructure.Counters;

namespace Cms.Api.Counters;

/// <summary>
/// Hits that go to the database in one transaction, and the answer every beacon request in
/// it is waiting for: true once the transaction committed, false if the hits were given up
/// (the database stayed away too long), so the request can say "not counted" and be right.
/// </summary>
internal sealed class HitBatch
{
    private readonly List<Hit> hits = [];

    // Continuations run on the thread pool, not inline on the flusher that completes them:
    // a batch can have hundreds of requests waiting.
    private readonly TaskCompletionSource<bool> outcome = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The id recorded in the same transaction: a retry after a lost answer counts once.</summary>
    public Guid Id { get; } = Guid.NewGuid();

    public int Count => hits.Count;

    /// <summary>When the first hit arrived (Environment.TickCount64: real time, whatever clock the hits carry).</summary>
    public long OpenedAtMs { get; private set; }

    /// <summary>
    /// An attempt failed while its COMMIT was in flight, so the database may hold the batch:
    /// it is never given up, only retried until the database says (by the id) whether it is there.
    /// </summary>
    public bool MayHaveCommitted { get; set; }

    /// <summary>Adds a hit while the batch is open (the buffer's lock held); the task is its answer.</summary>
    public Task<bool> Add(Hit hit)
    {
        if (hits.Count == 0)
        {
            OpenedAtMs = Environment.TickCount64;
        }

        hits.Add(hit);
        return outcome.Task;
    }

    public CounterBatch ToCounterBatch() => new(Id, hits);

    public void Committed() => outcome.TrySetResult(true);

    public void GivenUp() => outcome.TrySetResult(false);
}
