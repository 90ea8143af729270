namespace Cms.Api.Configuration;

/// <summary>How webhook deliveries are sent and retried (Cms:Webhooks; see Webhooks/WebhookDispatcher).</summary>
public sealed class WebhookOptions
{
    /// <summary>Wait after the first failed attempt; each later failure doubles it, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// Attempts before a delivery is marked failed. The default keeps trying for about three
    /// days, so a receiver that is down over a weekend still gets every event.
    /// </summary>
    public int MaxAttempts { get; set; } = 80;

    /// <summary>How long a receiver has to answer one attempt.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often each instance looks for deliveries; it also wakes at every content change and the next retry time.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Finished deliveries (and their events) are kept this long in the delivery log.</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(30);
}
