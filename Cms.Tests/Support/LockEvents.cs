using System.Text.Json;

namespace Cms.Tests.Support;

/// <summary>A lock-events stream (text/event-stream) read event by event.</summary>
public sealed class LockEvents(HttpResponseMessage response, StreamReader reader) : IDisposable
{
    public HttpResponseMessage Response => response;

    public static async Task<LockEvents> OpenAsync(HttpClient client, string url, CancellationToken ct)
    {
        var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, url), HttpCompletionOption.ResponseHeadersRead, ct);
        return new LockEvents(response, new StreamReader(await response.Content.ReadAsStreamAsync(ct)));
    }

    /// <summary>The next "lock" event's data; fails when none comes within <paramref name="within"/>.</summary>
    public async Task<LockBody> NextAsync(TimeSpan within)
    {
        using var limit = new CancellationTokenSource(within);
        string? type = null;
        while (true)
        {
            var line = await reader.ReadLineAsync(limit.Token) ?? throw new InvalidOperationException("The events stream ended.");
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                type = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal) && type == "lock")
            {
                return JsonSerializer.Deserialize<LockBody>(line["data: ".Length..], JsonSerializerOptions.Web)!;
            }
        }
    }

    /// <summary>
    /// The first "lock" event within <paramref name="within"/> that <paramref name="shows"/> accepts.
    /// The stream may restate the lock as it is (its first take's NOTIFY arriving after the stream
    /// opened, a keep-alive): each event is the current state, so a client reads on until the change.
    /// </summary>
    public async Task<LockBody> NextWhereAsync(Func<LockBody, bool> shows, TimeSpan within)
    {
        var until = DateTime.UtcNow + within;
        while (true)
        {
            var left = until - DateTime.UtcNow;
            var next = await NextAsync(left > TimeSpan.Zero ? left : TimeSpan.Zero);
            if (shows(next))
            {
                return next;
            }
        }
    }

    public void Dispose()
    {
        reader.Dispose();
        response.Dispose();
    }
}
