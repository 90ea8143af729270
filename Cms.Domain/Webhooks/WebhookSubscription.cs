using Cms.Domain.Common;

namespace Cms.Domain.Webhooks;

/// <summary>
/// A receiver of content events: its URL, the events it wants and the secret its deliveries
/// are signed with (HMAC-SHA256). The secret must be readable to sign with, so it is stored
/// as given and never shown again after it is set.
/// </summary>
public sealed class WebhookSubscription : AuditedEntity
{
    public const int MinSecretLength = 16;
    public const int MaxSecretLength = 200;
    public const int MaxUrlLength = 2000;

    private WebhookSubscription()
    {
        Url = string.Empty;
        Secret = string.Empty;
        Events = [];
    }

    public WebhookSubscription(Uri url, IEnumerable<string> events, string secret, string? description, bool isActive)
    {
        Url = string.Empty;
        Secret = string.Empty;
        Events = [];
        Update(url, events, secret, description, isActive);
    }

    public int Id { get; private set; }

    public string Url { get; private set; }

    /// <summary>Names from <see cref="WebhookEvents"/>, each once, in their canonical order.</summary>
    public string[] Events { get; private set; }

    public string Secret { get; private set; }

    public string? Description { get; private set; }

    /// <summary>An inactive subscription gets no new deliveries; those already queued still go out.</summary>
    public bool IsActive { get; private set; }

    public uint Version { get; private set; }

    /// <summary>Replaces the settings; a null <paramref name="secret"/> keeps the current one.</summary>
    public void Update(Uri url, IEnumerable<string> events, string? secret, string? description, bool isActive)
    {
        if (!url.IsAbsoluteUri || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps) || url.OriginalString.Length > MaxUrlLength)
        {
            throw new ArgumentException("A webhook URL must be an absolute http or https address.", nameof(url));
        }

        var wanted = events.Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0 || wanted.Any(e => !WebhookEvents.All.Contains(e)))
        {
            throw new ArgumentException($"Events must be one or more of: {string.Join(", ", WebhookEvents.All)}.", nameof(events));
        }

        if (secret is not null && (secret.Length < MinSecretLength || secret.Length > MaxSecretLength))
        {
            throw new ArgumentException($"A webhook secret has {MinSecretLength} to {MaxSecretLength} characters.", nameof(secret));
        }

        Url = url.AbsoluteUri;
        Events = WebhookEvents.All.Where(wanted.Contains).ToArray();
        Secret = secret ?? Secret;
        Description = Text.CleanOptional(description);
        IsActive = isActive;
    }
}
