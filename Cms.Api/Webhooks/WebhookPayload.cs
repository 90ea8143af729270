using System.Text.Json;
using System.Text.Json.Nodes;
using Cms.Api.Feeds;
using Cms.Domain.Content;
using Cms.Infrastructure.Webhooks;

namespace Cms.Api.Webhooks;

/// <summary>
/// The JSON body of a delivery, the same on every attempt:
/// { "id": event id, "event": "content.published", "occurredAt", "item": { "id", "type", "slug",
/// "title", "publishedAt", "categoryId", "url" } } — the item as it was when the event happened,
/// with its address on the public site.
/// </summary>
internal static class WebhookPayload
{
    // Vietnamese text as UTF-8, not \uXXXX escapes: the body is JSON for a program, never HTML.
    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static byte[] Build(Guid eventId, string type, string item, DateTimeOffset occurredAt, SiteLinks links)
    {
        var snapshot = JsonNode.Parse(item)!.AsObject();
        if (snapshot["slug"]?.GetValue<string>() is { } slug
            && Enum.TryParse<ContentType>(snapshot["type"]?.GetValue<string>(), ignoreCase: true, out var contentType))
        {
            snapshot["url"] = links.Item(contentType, slug);
        }

        var body = new JsonObject
        {
            ["id"] = eventId,
            ["event"] = type,
            ["occurredAt"] = occurredAt,
            ["item"] = snapshot,
        };
        return JsonSerializer.SerializeToUtf8Bytes(body, Json);
    }

    public static byte[] Build(ClaimedDelivery delivery, SiteLinks links) =>
        Build(delivery.EventId, delivery.Type, delivery.Item, delivery.OccurredAt, links);
}
