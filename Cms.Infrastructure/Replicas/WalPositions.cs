using System.Threading.Channels;

namespace Cms.Infrastructure.Replicas;

/// <summary>
/// How far a replica must have replayed for this process to read from it: past every content
/// change this process has heard of (its own saves, and other processes' through NOTIFY).
/// <para>
/// A NOTIFY, or a save, tells that a change committed but not where in the write-ahead log. So
/// hearing one marks the process "unsettled" at once (public reads go to the primary), and a
/// loop then reads the primary's current log position, which is past that commit since it is
/// read after it; once read, it becomes the position replicas must have replayed, and reads may
/// go to the replicas that have. The primary's position is read once for any number of changes
/// heard while the previous read was under way.
/// </para>
/// </summary>
public sealed class WalPositions
{
    private readonly Channel<bool> wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    // Changes heard and changes placed (their position read). One heard from the start: until the
    // first read, nothing is known about what a replica may be missing.
    private long heard = 1;
    private long placed;
    private long required;

    /// <summary>Every change heard has a known position: reads may go to a replica past <see cref="Required"/>.</summary>
    public bool Settled => Volatile.Read(ref placed) >= Volatile.Read(ref heard);

    /// <summary>The position a replica must have replayed (read after <see cref="Settled"/>).</summary>
    public ulong Required => (ulong)Volatile.Read(ref required);

    /// <summary>A change committed (heard through NOTIFY or made here). Call before evicting caches.</summary>
    public void ChangeHeard()
    {
        Interlocked.Increment(ref heard);
        wake.Writer.TryWrite(true);
    }

    /// <summary>
    /// Places changes as they are heard, for the life of the process: reads the primary's position
    /// with <paramref name="readPrimary"/> and raises <see cref="Required"/> to it. A failed read is
    /// retried after <paramref name="retryAfter"/>; meanwhile reads stay on the primary.
    /// </summary>
    public async Task RunAsync(Func<CancellationToken, Task<ulong>> readPrimary, TimeSpan retryAfter, Action<Exception> failed, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            // Changes counted here committed before they were heard, so before this read of the
            // primary begins: the position read is past all of them.
            var covering = Volatile.Read(ref heard);
            if (covering <= Volatile.Read(ref placed))
            {
                // Woken for changes a read has already placed: reading again would only ask
                // replicas for log written since, for no change.
                await wake.Reader.ReadAsync(ct);
                continue;
            }

            try
            {
                var position = await readPrimary(ct);
                RaiseRequired(position);
                RaisePlaced(covering); // after Required: whoever sees it settled sees the new position
            }
            catch (Exception error) when (!ct.IsCancellationRequested)
            {
                failed(error);
                await Task.Delay(retryAfter, ct);
                continue;
            }

            if (Volatile.Read(ref heard) == covering)
            {
                await wake.Reader.ReadAsync(ct);
            }
        }
    }

    private void RaiseRequired(ulong position) => RaiseTo(ref required, (long)position);

    private void RaisePlaced(long count) => RaiseTo(ref placed, count);

    private static void RaiseTo(ref long field, long value)
    {
        var known = Volatile.Read(ref field);
        while ((ulong)known < (ulong)value)
        {
            var seen = Interlocked.CompareExchange(ref field, value, known);
            if (seen == known)
            {
                return;
            }

            known = seen;
        }
    }
}
