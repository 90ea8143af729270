using Cms.Domain.Content;

namespace Cms.Infrastructure.Webhooks;

/// <summary>
/// One content event in the outbox, written by a trigger in the transaction that changed the
/// item (so an event exists exactly when its change committed), with a snapshot of the item
/// as it was then: a delivery days later still says what happened, even after a delete.
/// </summary>
public sealed class WebhookEvent
{
    public long Id { get; set; }

    /// <summary>Sent as the idempotency key: the same on every retry, so a receiver can drop repeats.</summary>
    public Guid EventId { get; set; }

    /// <summary>One of <see cref="Cms.Domain.Webhooks.WebhookEvents"/>.</summary>
    public string Type { get; set; } = string.Empty;

    public long ContentId { get; set; }

    public ContentType ContentType { get; set; }

    /// <summary>jsonb: id, type, slug, title, publishedAt, categoryId of the item at the time.</summary>
    public string Item { get; set; } = "{}";

    public DateTimeOffset OccurredAt { get; set; }
}
