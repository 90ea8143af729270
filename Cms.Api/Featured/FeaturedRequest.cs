using Cms.Domain.Curation;
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
    public FeaturedRequestValidator()
    {
        RuleFor(x => x.ItemIds).NotNull()
            .Must(ids => ids is null || ids.Count <= FeaturedList.MaxItems).WithMessage($"At most {FeaturedList.MaxItems} items can be featured.");
        RuleForEach(x => x.ItemIds).GreaterThan(0);
        RuleFor(x => x.ItemIds).Custom((ids, context) =>
        {
            for (var i = 0; ids is not null && i < ids.Count; i++)
            {
                if (ids.IndexOf(ids[i]) < i)
                {
                    context.AddFailure($"itemIds[{i}]", $"Item {ids[i]} is already in the list; each item can be featured once.");
                }
            }
        });
    }
}
