using FluentValidation;

namespace Cms.Api.Counters;

/// <summary>?type=article&amp;period=week&amp;limit=10</summary>
public sealed record MostViewedQuery(
    [property: Common.EnumValues(typeof(Domain.Content.ContentType))] string? Type,
    [property: Common.EnumValues(typeof(ViewPeriod))] string? Period,
    int? Limit);

internal sealed class MostViewedQueryValidator : AbstractValidator<MostViewedQuery>
{
    public MostViewedQueryValidator() => RuleFor(x => x.Limit).InclusiveBetween(1, 50);
}
