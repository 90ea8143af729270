using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Cms.Tests.Support;

/// <summary>
/// A real HTTP server standing in for a webhook subscriber: it records what arrives and answers
/// 200, or the statuses queued in <see cref="FailNext"/>. Its port is fixed before it starts,
/// so a subscription can name it while it is still down.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly ConcurrentQueue<int> failNext = new();
    private readonly List<Received> received = [];
    private WebApplication? server;

    public int Port { get; } = FreePort();

    public string Url => $"http://127.0.0.1:{Port}/hooks/cms";

    /// <summary>Every request that reached it, in arrival order, with what it answered.</summary>
    public IReadOnlyList<Received> Requests
    {
        get
        {
            lock (received)
            {
                return received.ToList();
            }
        }
    }

    /// <summary>The requests it accepted (answered 2xx).</summary>
    public IReadOnlyList<Received> Accepted => Requests.Where(r => r.Status == 200).ToList();

    /// <summary>How long it takes to answer (a slow receiver keeps a delivery in flight).</summary>
    public TimeSpan Delay { get; set; }

    /// <summary>Requests that have arrived, answered or not yet.</summary>
    public int Arrived => Volatile.Read(ref arrived);

    private int arrived;

    public void FailNext(params int[] statuses)
    {
        foreach (var status in statuses)
        {
            failNext.Enqueue(status);
        }
    }

    public async Task StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{Port}");
        builder.Logging.ClearProviders();
        server = builder.Build();
        server.MapPost("/hooks/cms", async (HttpContext http) =>
        {
            using var buffer = new MemoryStream();
            await http.Request.Body.CopyToAsync(buffer);
            Interlocked.Increment(ref arrived);
            if (Delay > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(Delay, http.RequestAborted);
                }
                catch (OperationCanceledException)
                {
                    return Results.Empty; // the sender gave up (it is stopping): nothing was accepted
                }
            }

            var status = failNext.TryDequeue(out var failure) ? failure : 200;
            lock (received)
            {
                received.Add(new Received(http.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
                    buffer.ToArray(), status));
            }

            return Results.StatusCode(status);
        });
        await server.StartAsync();
    }

    public async Task StopAsync()
    {
        if (server is not null)
        {
            await server.StopAsync();
            await server.DisposeAsync();
            server = null;
        }
    }

    /// <summary>Waits until <paramref name="count"/> requests were accepted; fails after 15 s.</summary>
    public async Task<IReadOnlyList<Received>> WaitForAcceptedAsync(int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (Accepted.Count < count)
        {
            Assert.True(DateTime.UtcNow < deadline, $"The receiver got {Accepted.Count} of {count} deliveries within 15 s.");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        return Accepted;
    }

    public ValueTask DisposeAsync() => new(StopAsync());

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public sealed record Received(IReadOnlyDictionary<string, string> Headers, byte[] Body, int Status)
    {
        public JsonNode Json => JsonNode.Parse(Body)!;

        public WebhookPayloadBody Payload => Json.As<WebhookPayloadBody>();

        public string Event => Payload.Event;

        public long ItemId => Payload.Item.Id;
    }
}
