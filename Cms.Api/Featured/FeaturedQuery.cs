using FluentValidation;

namespace Cms.Api.Featured;

/// <summary>?category=slug: a section's list; none: the home page's.</summary>
/// <param name="Category">A section's slug; leave out (or empty) for the home page.</param>
public sealed record FeaturedQuery(string? Category);

internal sealed class FeaturedQueryValidator : AbstractValidator<FeaturedQuery>
{
    public FeaturedQueryValidator() => RuleFor(x => x.Category).MaximumLength(200);
}
