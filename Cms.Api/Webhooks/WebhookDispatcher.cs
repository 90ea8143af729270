using System.Diagnostics;
using System.Net.Http.Headers;
using Cms.Api.Caching;
using Cms.Api.Configuration;
using Cms.Api.Feeds;
using Cms.Api.Telemetry;
using Cms.Infrastructure.Webhooks;
using Microsoft.Extensions.Options;

namespace Cms.Api.Webhooks;

/// <summary>
/// Sends the outbox's deliveries (Infrastructure/Webhooks/WebhookOutbox), on every API instance:
/// each takes due deliveries under a lease, posts them signed (WebhookSignature), and records
/// the attempt. A failure is retried with exponential backoff (Cms:Webhooks); a receiver that
/// was down gets everything once it is back, in order per item. Delivery is at least once: a
/// process killed mid-send leaves a lease that runs out, and the delivery is sent again with
/// the same Idempotency-Key.
/// </summary>
internal sealed class WebhookDispatcher(IServiceScopeFactory scopes, ScheduledPublications changes, WebhookWakeup wakeup, CmsMetrics metrics, IHttpClientFactory httpClients,
    SiteLinks links, IOptions<CmsOptions> options, TimeProvider clock, ILogger<WebhookDispatcher> logger) : BackgroundService
{
    public const string HttpClientName = "webhooks";

    /// <summary>Deliveries taken per round, sent at most <see cref="Parallel"/> at a time.</summary>
    private const int Batch = 20;
    private const int Parallel = 4;

    /// <summary>Held by another instance: look again after this, not in a tight loop.</summary>
    private static readonly TimeSpan RetryLocked = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan PurgeEvery = TimeSpan.FromHours(1);

    private DateTimeOffset nextPurge = DateTimeOffset.MinValue;

    private WebhookOptions Settings => options.Value.Webhooks;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            // Taken first: a change committed while this round runs still wakes the next one.
            var change = changes.NextChange;
            var woken = wakeup.Next;
            var wait = Settings.PollInterval;
            try
            {
                var (taken, state) = await RoundAsync(stoppingToken);
                if (taken > 0 || state.Ready)
                {
                    // More may be due: deliveries that waited behind the ones just sent, or made meanwhile.
                    continue;
                }

                if (state.NextRetry is { } retry)
                {
                    var untilRetry = retry - clock.GetUtcNow();
                    if (untilRetry <= TimeSpan.Zero)
                    {
                        continue; // fell due while this round ran
                    }

                    wait = untilRetry < wait ? untilRetry : wait;
                }

                if (state.HeldElsewhere && RetryLocked < wait)
                {
                    wait = RetryLocked; // another instance is sending; if it dies, its lease runs out
                }

                await PurgeWhenDueAsync(stoppingToken);
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                logger.LogWarning(error, "Sending webhooks failed; retrying in {Wait}", wait);
            }

            // Content changes make deliveries (the outbox trigger), so a change wakes this at once.
            using var wake = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            await Task.WhenAny(Task.Delay(wait, clock, wake.Token), change, woken);
            await wake.CancelAsync();
        }
    }

    private async Task<(int Taken, OutboxState State)> RoundAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<WebhookOutbox>();
        var now = clock.GetUtcNow();
        // The lease outlasts the longest attempt, so no other instance sends it while this one waits for an answer.
        var claimed = await outbox.ClaimAsync(now, Settings.Timeout * 2, Batch, ct);
        await System.Threading.Tasks.Parallel.ForEachAsync(claimed, new ParallelOptions { MaxDegreeOfParallelism = Parallel, CancellationToken = ct },
            async (delivery, token) => await SendAsync(delivery, token));
        return (claimed.Count, await outbox.StateAsync(now, ct));
    }

    private async Task SendAsync(ClaimedDelivery delivery, CancellationToken ct)
    {
        var body = WebhookPayload.Build(delivery, links);
        var at = clock.GetUtcNow();
        using var request = new HttpRequestMessage(HttpMethod.Post, delivery.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        var timestamp = at.ToUnixTimeSeconds();
        request.Headers.Add(WebhookSignature.EventHeader, delivery.Type);
        request.Headers.Add(WebhookSignature.DeliveryHeader, delivery.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.IdempotencyHeader, delivery.EventId.ToString());
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture));
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(delivery.Secret, timestamp, body));

        var started = Stopwatch.GetTimestamp();
        int? status = null;
        string? error;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(Settings.Timeout);
            using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            status = (int)response.StatusCode;
            error = response.IsSuccessStatusCode ? null : $"The receiver answered {status} {response.ReasonPhrase}.";
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            await ReleaseAsync(delivery.Id); // stopping: hand it back unsent, for any instance to send
            return;
        }
        catch (OperationCanceledException)
        {
            error = $"No answer within {Settings.Timeout.TotalSeconds:0.#} s.";
        }
        catch (HttpRequestException exception)
        {
            error = exception.InnerException?.Message ?? exception.Message;
        }

        var took = Stopwatch.GetElapsedTime(started);
        await using var scope = scopes.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<WebhookOutbox>();
        // Recorded even when stopping: the receiver has it, and must not get it twice without need.
        metrics.WebhookAttempt(delivered: error is null);
        if (error is null)
        {
            await outbox.DeliveredAsync(delivery.Id, at, status!.Value, took, CancellationToken.None);
        }
        else
        {
            logger.LogInformation("Webhook delivery {Delivery} to {Url} failed (attempt {Attempt}): {Error}", delivery.Id, delivery.Url, delivery.Attempts + 1, error);
            await outbox.FailedAsync(delivery.Id, at, status, error, took, at + Backoff(delivery.Attempts), Settings.MaxAttempts, CancellationToken.None);
        }
    }

    /// <summary>RetryDelay after the first failure, doubling with each further one, capped at MaxRetryDelay.</summary>
    private TimeSpan Backoff(int earlierAttempts)
    {
        var delay = Settings.RetryDelay * Math.Pow(2, Math.Min(earlierAttempts, 20));
        return delay < Settings.MaxRetryDelay ? delay : Settings.MaxRetryDelay;
    }

    private async Task ReleaseAsync(long deliveryId)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<WebhookOutbox>().ReleaseAsync(deliveryId, CancellationToken.None);
        }
        catch (Exception error)
        {
            // Its lease runs out on its own; another instance sends it then.
            logger.LogWarning(error, "Could not hand back webhook delivery {Delivery}", deliveryId);
        }
    }

    private async Task PurgeWhenDueAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (now < nextPurge)
        {
            return;
        }

        nextPurge = now + PurgeEvery;
        await using var scope = scopes.CreateAsyncScope();
        var purged = await scope.ServiceProvider.GetRequiredService<WebhookOutbox>().PurgeAsync(now - Settings.Retention, ct);
        if (purged > 0)
        {
            logger.LogInformation("Removed {Count} finished webhook deliveries older than {Retention}", purged, Settings.Retention);
        }
    }
}
