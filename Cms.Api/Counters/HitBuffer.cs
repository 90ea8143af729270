using System.Threading.Channels;
using Cms.Infrastructure.Counters;

namespace Cms.Api.Counters;

/// <summary>
/// Where the beacon leaves hits: one open batch that every request adds to, which the flusher
/// seals and commits while the next one fills (group commit). A request waits for its batch's
/// commit, so the wait is about one transaction however many browsers send at once.
/// </summary>
internal sealed class HitBuffer
{
    private readonly Lock gate = new();

    // Capacity one, extra writes dropped: "hits arrived" is a flag, not a count.
    private readonly Channel<bool> arrived = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private HitBatch open = new();
    private bool closed;
    private long held;

    /// <summary>Hits added and not yet settled: waiting in the open batch, or sealed and not yet committed.</summary>
    public long Held => Interlocked.Read(ref held);

    /// <summary>Adds the hit to the open batch; the task says whether it was committed (true) or given up (false).</summary>
    public Task<bool> Add(Hit hit)
    {
        Task<bool> outcome;
        lock (gate)
        {
            if (closed)
            {
                return Task.FromResult(false); // the flusher has stopped: nothing would write it
            }

            outcome = open.Add(hit);
        }

        Interlocked.Increment(ref held);
        arrived.Writer.TryWrite(true);
        return outcome;
    }

    /// <summary>Takes the open batch for writing and opens a new one; null when no hit is waiting.</summary>
    public HitBatch? Seal()
    {
        lock (gate)
        {
            if (open.Count == 0)
            {
                return null;
            }

            var sealedBatch = open;
            open = new HitBatch();
            return sealedBatch;
        }
    }

    /// <summary>Waits until a hit arrives or the timeout passes.</summary>
    public async Task WaitForHitsAsync(TimeSpan timeout, CancellationToken ct)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(timeout);
        try
        {
            await arrived.Reader.WaitToReadAsync(deadline.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return; // the timeout: time for the flusher's periodic work
        }

        // Taken before the flusher seals, so a hit added after the seal raises the flag again.
        arrived.Reader.TryRead(out _);
    }

    /// <summary>From now on a hit is refused at once (the process is stopping).</summary>
    public void Close()
    {
        lock (gate)
        {
            closed = true;
        }
    }

    /// <summary>Called once a batch's hits are committed or given up.</summary>
    public void Settled(int count) => Interlocked.Add(ref held, -count);
}
