using FluentValidation;

namespace Cms.Api.Counters;

/// <summary>One page view, sent by the site: its visitor id (kept in the browser's storage) and the item viewed, if any.</summary>
public sealed record HitRequest(string? VisitorId, long? ContentId);

internal sealed class HitRequestValidator : AbstractValidator<HitRequest>
{
    public HitRequestValidator()
    {
        RuleFor(x => x.VisitorId).NotEmpty().Length(8, 64).Matches("^[A-Za-z0-9_-]+$")
            .WithMessage("visitorId must be 8 to 64 letters, digits, '-' or '_' (a UUID works).");
        RuleFor(x => x.ContentId).GreaterThan(0);
    }
}
