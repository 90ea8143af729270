using System.Text.Json.Serialization;
using Cms.Domain.Webhooks;
using Cms.Infrastructure.Webhooks;

namespace Cms.Api.Webhooks;

/// <summary>
/// A subscription as admins see it, with how many deliveries wait and how many failed for good;
/// <c>Version</c> is what the ETag holds (If-Match from a list).
/// </summary>
public sealed record WebhookResponse(int Id, string Url, [property: Common.KnownValues(typeof(Domain.Webhooks.WebhookEvents), nameof(Domain.Webhooks.WebhookEvents.All))] IReadOnlyList<string> Events, string? Description, bool IsActive,
    int Pending, int Failed, DateTimeOffset? CreatedAt, string? CreatedBy, DateTimeOffset? UpdatedAt, string? UpdatedBy, uint Version)
{
    /// <summary>Only in the answer to creating it (or setting a new one): the secret is never shown again.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Secret { get; init; }

    public static WebhookResponse From(WebhookSubscription s, int pending, int failed) =>
        new(s.Id, s.Url, s.Events, s.Description, s.IsActive, pending, failed, s.CreatedAt, s.CreatedBy, s.UpdatedAt, s.UpdatedBy, s.Version);
}

/// <summary>One row of the delivery log.</summary>
public sealed record WebhookDeliveryResponse
{
    public long Id { get; init; }

    /// <summary>The event's id, sent as Idempotency-Key.</summary>
    public Guid EventId { get; init; }

    [Common.KnownValues(typeof(Domain.Webhooks.WebhookEvents), nameof(Domain.Webhooks.WebhookEvents.All))]
    public string Event { get; init; } = string.Empty;

    public long ContentId { get; init; }

    public WebhookDeliveryState State { get; init; }

    public int Attempts { get; init; }

    /// <summary>When it is tried next (pending only).</summary>
    public DateTimeOffset? NextAttemptAt { get; init; }

    public int? LastStatusCode { get; init; }

    public string? LastError { get; init; }

    public DateTimeOffset? DeliveredAt { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}

/// <summary>One delivery in full: what was sent and every attempt.</summary>
public sealed record WebhookDeliveryDetail(WebhookDeliveryResponse Delivery, System.Text.Json.Nodes.JsonNode Payload, IReadOnlyList<WebhookAttemptResponse> Log);

public sealed record WebhookAttemptResponse(DateTimeOffset AttemptedAt, int? StatusCode, string? Error, int DurationMs);
