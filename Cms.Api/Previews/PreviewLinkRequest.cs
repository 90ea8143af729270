using Cms.Api.Configuration;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace Cms.Api.Previews;

/// <summary>A new preview link; <c>validHours</c> (optional) is how long it works, Cms:Preview:LinkLifetime when not given.</summary>
public sealed record PreviewLinkRequest(int? ValidHours);

internal sealed class PreviewLinkRequestValidator : AbstractValidator<PreviewLinkRequest>
{
    public PreviewLinkRequestValidator(IOptions<CmsOptions> options)
    {
        var most = (int)options.Value.Preview.MaxLinkLifetime.TotalHours;
        RuleFor(x => x.ValidHours).InclusiveBetween(1, most).When(x => x.ValidHours is not null)
            .WithMessage($"validHours must be between 1 and {most} (Cms:Preview:MaxLinkLifetime).");
    }
}
