namespace Cms.Infrastructure.Webhooks;

public enum WebhookDeliveryState
{
    /// <summary>Not yet accepted by the receiver; tried at <see cref="WebhookDelivery.NextAttemptAt"/>.</summary>
    Pending,

    /// <summary>The receiver answered 2xx.</summary>
    Delivered,

    /// <summary>Every attempt failed; an admin may send it again.</summary>
    Failed,
}

/// <summary>
/// One event for one subscription: the outbox row the dispatcher works through, and the
/// delivery log admins read. Made with its event, in the writing transaction.
/// </summary>
public sealed class WebhookDelivery
{
    public long Id { get; set; }

    public long EventId { get; set; }

    public WebhookEvent? Event { get; set; }

    public int SubscriptionId { get; set; }

    /// <summary>The item the event is about: deliveries for one item and subscription go out in order.</summary>
    public long ContentId { get; set; }

    public WebhookDeliveryState State { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    /// <summary>Set while an instance is sending it; a crashed instance's lease runs out and another sends it.</summary>
    public DateTimeOffset? LeaseUntil { get; set; }

    public int? LastStatusCode { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset? DeliveredAt { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<WebhookAttempt> AttemptLog { get; set; } = [];
}

/// <summary>One try at a delivery: when, what the receiver answered (or why nothing came back), how long it took.</summary>
public sealed class WebhookAttempt
{
    public long Id { get; set; }

    public long DeliveryId { get; set; }

    public DateTimeOffset AttemptedAt { get; set; }

    public int? StatusCode { get; set; }

    public string? Error { get; set; }

    public int DurationMs { get; set; }
}
