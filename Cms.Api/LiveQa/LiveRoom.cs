using System.Net.ServerSentEvents;

namespace Cms.Api.LiveQa;

/// <summary>
/// The readers of one interview on this process. When the database announces a change, the
/// room reads the interview once and sends what is new to every reader: a thousand readers
/// cost one query, not a thousand. Refreshes never overlap, and changes announced during one
/// are read by the next.
/// </summary>
internal sealed class LiveRoom(long interviewId, Func<LiveRoom, Task> refresh)
{
    private readonly HashSet<LiveSubscription> readers = [];
    private readonly SemaphoreSlim gate = new(1, 1);
    private int dirty;

    public long InterviewId { get; } = interviewId;

    /// <summary>Exchanges the readers have been sent (from their first read, then the events); -1 before the first reader.</summary>
    public int KnownCount { get; set; } = -1;

    /// <summary>The latest "live" event, restated as the keep-alive.</summary>
    public SseItem<string>? Latest { get; set; }

    /// <summary>Set once the last reader left and the room was dropped: a new reader makes a new room.</summary>
    public bool Closed { get; private set; }

    public bool Join(LiveSubscription reader, int count)
    {
        lock (readers)
        {
            if (Closed)
            {
                return false;
            }

            readers.Add(reader);
            if (KnownCount < 0)
            {
                KnownCount = count;
            }

            return true;
        }
    }

    /// <summary>Removes the reader; true when it was the last (the room is closed then).</summary>
    public bool Leave(LiveSubscription reader)
    {
        lock (readers)
        {
            readers.Remove(reader);
            Closed = readers.Count == 0;
            return Closed;
        }
    }

    public void Broadcast(SseItem<string> item)
    {
        LiveSubscription[] now;
        lock (readers)
        {
            now = [.. readers];
        }

        foreach (var reader in now)
        {
            reader.Send(item);
        }
    }

    public async Task ChangedAsync()
    {
        Volatile.Write(ref dirty, 1);
        await gate.WaitAsync();
        try
        {
            while (Interlocked.Exchange(ref dirty, 0) == 1)
            {
                await refresh(this);
            }
        }
        finally
        {
            gate.Release();
        }
    }
}
