using Cms.Domain.Curation;
using Cms.Api.Validation;
using FluentValidation;

namespace Cms.Api.Featured;

/// <summary>Replaces a featured list: the items in the order they lead the page.</summary>
public sealed record FeaturedRequest
{
    /// <summary>Item ids of any type, first = the lead story; empty clears the list. Drafts and scheduled items may be placed: readers see each only while it is public.</summary>
    public List<long>? ItemIds { get; init; }
}

internal sealed class FeaturedRequestValidator : AbstractValidator<FeaturedRequest>
{
    public FeaturedRequestValidator() =>
        this.RuleForItemIds(x => x.ItemIds, FeaturedList.MaxItems, $"At most {FeaturedList.MaxItems} items can be featured.");
}
