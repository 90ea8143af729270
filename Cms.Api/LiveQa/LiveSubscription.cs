using System.Net.ServerSentEvents;
using System.Threading.Channels;

namespace Cms.Api.LiveQa;

/// <summary>
/// One reader's open stream: the events its room sends, queued until the stream writes them.
/// A reader too slow to take them loses the oldest; each "live" event carries the exchange
/// count, so the page notices the gap and fetches the interview.
/// </summary>
internal sealed class LiveSubscription(Action<LiveSubscription> leave) : IDisposable
{
    private int disposed;
    private readonly Channel<SseItem<string>> events = Channel.CreateBounded<SseItem<string>>(
        new BoundedChannelOptions(32) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    public void Send(SseItem<string> item) => events.Writer.TryWrite(item);

    /// <summary>The next event, or null when <paramref name="timeout"/> passed first (time for a keep-alive) or the stream is cancelled.</summary>
    public async Task<SseItem<string>?> NextAsync(TimeSpan timeout, CancellationToken ct)
    {
        if (events.Reader.TryRead(out var ready))
        {
            return ready;
        }

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(timeout);
        try
        {
            await events.Reader.WaitToReadAsync(limit.Token);
            return events.Reader.TryRead(out var item) ? item : null;
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    /// <summary>Leaves the room once, however often it is called (the stream's end and the request's).</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 0)
        {
            leave(this);
        }
    }
}
