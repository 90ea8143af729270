using Cms.Domain.Webhooks;
using FluentValidation;

namespace Cms.Api.Webhooks;

/// <summary>An admin subscribes a receiver to content events, or changes a subscription.</summary>
public sealed record WebhookRequest
{
    /// <summary>Where deliveries are POSTed: an absolute http(s) URL.</summary>
    public string? Url { get; init; }

    /// <summary>One or more of content.published, content.updated, content.unpublished, content.deleted.</summary>
    [Common.KnownValues(typeof(WebhookEvents), nameof(WebhookEvents.All))]
    public IReadOnlyList<string>? Events { get; init; }

    /// <summary>
    /// The HMAC key (16–200 characters). Creating without one generates one; it is returned
    /// once, in the 201 answer. Replacing without one keeps the current secret.
    /// </summary>
    public string? Secret { get; init; }

    public string? Description { get; init; }

    /// <summary>False pauses new deliveries (default true).</summary>
    public bool? IsActive { get; init; }

    /// <summary>The validated URL; a method, so it is no part of the JSON contract.</summary>
    public Uri ToUri() => new(Url!, UriKind.Absolute);
}

internal sealed class WebhookRequestValidator : AbstractValidator<WebhookRequest>
{
    public WebhookRequestValidator()
    {
        RuleFor(x => x.Url).NotEmpty().MaximumLength(WebhookSubscription.MaxUrlLength)
            .Must(url => Uri.TryCreate(url, UriKind.Absolute, out var parsed) && (parsed.Scheme == Uri.UriSchemeHttp || parsed.Scheme == Uri.UriSchemeHttps))
            .WithMessage("url must be an absolute http or https address.");
        RuleFor(x => x.Events).NotEmpty();
        RuleForEach(x => x.Events).Must(e => WebhookEvents.All.Contains(e))
            .WithMessage(_ => $"Each event must be one of: {string.Join(", ", WebhookEvents.All)}.");
        RuleFor(x => x.Secret).Length(WebhookSubscription.MinSecretLength, WebhookSubscription.MaxSecretLength);
        RuleFor(x => x.Description).MaximumLength(500);
    }
}
