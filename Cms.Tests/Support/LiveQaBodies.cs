using System.Text.Json;

namespace Cms.Tests.Support;

/// <summary>An interview's live session as GET …/live answers it.</summary>
public sealed record LiveStatusBody(long InterviewId, string Slug, string? State, DateTimeOffset? OpensAt, DateTimeOffset? ClosesAt, int ExchangeCount);

/// <summary>A question taken: 202 with its id.</summary>
public sealed record QuestionAcceptedBody(long Id);

/// <summary>A reader's question as the moderation queue shows it to the staff.</summary>
public sealed record LiveQuestionBody(long Id, string Name, string? Place, string Text, string? EditedText, string State, long? MergedIntoId,
    DateTimeOffset SubmittedAt, string? ClientAddress, string? UserAgent, string? ModeratedBy);

/// <summary>An "exchange" event of the live stream.</summary>
public sealed record LiveExchangeBody(int Index, ExchangeBody Exchange);

/// <summary>A live Q&amp;A events stream (text/event-stream) read event by event.</summary>
public sealed class LiveEvents(HttpResponseMessage response, StreamReader reader) : IDisposable
{
    public HttpResponseMessage Response => response;

    public static async Task<LiveEvents> OpenAsync(HttpClient client, string url, CancellationToken ct)
    {
        var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, url), HttpCompletionOption.ResponseHeadersRead, ct);
        return new LiveEvents(response, new StreamReader(await response.Content.ReadAsStreamAsync(ct)));
    }

    /// <summary>The next event's type and data; fails when none comes within <paramref name="within"/>.</summary>
    public async Task<(string Type, string Data)> NextAsync(TimeSpan within)
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
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                return (type ?? "message", line["data: ".Length..]);
            }
        }
    }

    /// <summary>The first event of <paramref name="type"/> within <paramref name="within"/>, its data read as <typeparamref name="T"/>.</summary>
    public async Task<T> NextOfAsync<T>(string type, TimeSpan within)
    {
        var until = DateTime.UtcNow + within;
        while (true)
        {
            var left = until - DateTime.UtcNow;
            var (kind, data) = await NextAsync(left > TimeSpan.Zero ? left : TimeSpan.Zero);
            if (kind == type)
            {
                return JsonSerializer.Deserialize<T>(data, JsonSerializerOptions.Web)!;
            }
        }
    }

    public void Dispose()
    {
        reader.Dispose();
        response.Dispose();
    }
}
