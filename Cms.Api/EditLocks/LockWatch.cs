using System.Threading.Channels;

namespace Cms.Api.EditLocks;

/// <summary>
/// One open events stream's interest in one item's lock. Wake-ups coalesce: however many
/// changes come while the stream is busy, it reads the lock once more, which is all it needs.
/// </summary>
internal sealed class LockWatch(long contentId, Action<LockWatch> stop) : IDisposable
{
    private readonly Channel<bool> wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public long ContentId { get; } = contentId;

    public void Wake() => wake.Writer.TryWrite(true);

    /// <summary>Waits until the lock may have changed, or <paramref name="timeout"/> passed; false when cancelled.</summary>
    public async Task<bool> WaitAsync(TimeSpan timeout, CancellationToken ct)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(timeout);
        try
        {
            await wake.Reader.WaitToReadAsync(limit.Token);
            wake.Reader.TryRead(out _);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            // the timeout: time for a keep-alive
        }
        catch (OperationCanceledException)
        {
            return false;
        }

        return true;
    }

    public void Dispose() => stop(this);
}
