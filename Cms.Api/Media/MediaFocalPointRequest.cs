using Cms.Domain.Media;
using FluentValidation;

namespace Cms.Api.Media;

/// <summary>Where the picture's subject is: x across (0 the left edge, 1 the right), y down (0 the top, 1 the bottom).</summary>
public sealed record MediaFocalPointRequest
{
    public double? X { get; init; }

    public double? Y { get; init; }
}

internal sealed class MediaFocalPointRequestValidator : AbstractValidator<MediaFocalPointRequest>
{
    public MediaFocalPointRequestValidator()
    {
        RuleFor(x => x.X).NotNull().Must(v => v is null || FocalPoint.IsValid(v.Value)).WithMessage("x must be from 0 to 1.");
        RuleFor(x => x.Y).NotNull().Must(v => v is null || FocalPoint.IsValid(v.Value)).WithMessage("y must be from 0 to 1.");
    }
}
