using System.Collections.Concurrent;
using System.Globalization;
using System.Net.ServerSentEvents;
using System.Text.Json;
using Cms.Api.Configuration;
using Cms.Api.Interviews;
using Cms.Domain.Content;
using Cms.Infrastructure.LiveQa;
using Cms.Infrastructure.Persistence;
using Microsoft.Extensions.Options;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Cms.Api.LiveQa;

/// <summary>
/// This process's live Q&amp;A readers, one room per interview, fed by one LISTENing connection
/// (<see cref="LiveQaListener"/>) whichever process published the answer. Caps the streams a
/// process holds (<see cref="LiveQaOptions.MaxStreams"/>): past it, readers are told to poll.
/// </summary>
internal sealed class LiveQaHub(IServiceScopeFactory scopes, IOptions<CmsOptions> options, IOptions<HttpJsonOptions> json,
    TimeProvider clock, ILogger<LiveQaHub> logger)
{
    public const string LiveEvent = "live";
    public const string ExchangeEvent = "exchange";

    private readonly ConcurrentDictionary<long, LiveRoom> rooms = new();
    private int streams;

    /// <summary>Open streams on this process.</summary>
    public int Streams => Volatile.Read(ref streams);

    /// <summary>A stream for a reader who has read <paramref name="status"/>; null when this process holds all it may.</summary>
    public LiveSubscription? TryJoin(LiveStatus status)
    {
        if (Interlocked.Increment(ref streams) > options.Value.LiveQa.MaxStreams)
        {
            Interlocked.Decrement(ref streams);
            return null;
        }

        while (true)
        {
            var room = rooms.GetOrAdd(status.InterviewId, id => new LiveRoom(id, RefreshAsync));
            var reader = new LiveSubscription(r => Leave(room, r));
            if (room.Join(reader, status.ExchangeCount))
            {
                return reader;
            }

            rooms.TryRemove(new KeyValuePair<long, LiveRoom>(status.InterviewId, room)); // emptied meanwhile: make a new one
        }
    }

    public void Changed(long interviewId)
    {
        if (rooms.TryGetValue(interviewId, out var room))
        {
            _ = RunAsync(room);
        }
    }

    /// <summary>After the listening connection was lost: any session may have changed unheard.</summary>
    public void MayAllHaveChanged()
    {
        foreach (var room in rooms.Values)
        {
            _ = RunAsync(room);
        }
    }

    public SseItem<string> Item<T>(string type, T data) => new(JsonSerializer.Serialize(data, json.Value.SerializerOptions), type);

    private void Leave(LiveRoom room, LiveSubscription reader)
    {
        Interlocked.Decrement(ref streams);
        if (room.Leave(reader))
        {
            rooms.TryRemove(new KeyValuePair<long, LiveRoom>(room.InterviewId, room));
        }
    }

    private async Task RunAsync(LiveRoom room)
    {
        try
        {
            await room.ChangedAsync();
        }
        catch (Exception error)
        {
            // The readers keep their stream; the next change or keep-alive tells them the count.
            logger.LogWarning(error, "Could not read the live session of interview {Id}", room.InterviewId);
        }
    }

    /// <summary>One read for the whole room: the exchanges it has not been sent, then the session as it is.</summary>
    private async Task RefreshAsync(LiveRoom room)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        var now = clock.GetUtcNow();
        var id = room.InterviewId.ToString(CultureInfo.InvariantCulture);
        var status = await LiveStatusQuery.FindPublicAsync(db, id, now, CancellationToken.None);
        if (status is null)
        {
            return; // no longer public: readers keep what they have, as the page does
        }

        if (status.ExchangeCount > room.KnownCount)
        {
            var interview = (await ContentReader.FindManyAsync(db, ContentType.Interview, [room.InterviewId], now, CancellationToken.None)).FirstOrDefault();
            var exchanges = interview?.Exchanges ?? [];
            for (var i = Math.Max(0, room.KnownCount); i < exchanges.Count; i++)
            {
                var e = exchanges[i];
                room.Broadcast(Item(ExchangeEvent, new LiveExchangeEvent(i, ExchangeResponse.Of(e.Question, e.Answer, e.Speaker, interview!.Interviewee?.Name, e.Asker))));
            }
        }

        room.KnownCount = status.ExchangeCount;
        var live = Item(LiveEvent, LiveStatusResponse.Of(status, now));
        room.Latest = live;
        room.Broadcast(live);
    }
}
