using Cms.Domain.Content;
using Cms.Api.Validation;
using FluentValidation;

namespace Cms.Api.Related;

/// <summary>Replaces the stories pinned under an item: their ids in the order they stand.</summary>
public sealed record RelatedPinsRequest
{
    /// <summary>Item ids of any type, first shown first; empty removes every pin. Drafts and scheduled items may be pinned: readers see each while it is public.</summary>
    public List<long>? ItemIds { get; init; }
}

internal sealed class RelatedPinsRequestValidator : AbstractValidator<RelatedPinsRequest>
{
    public RelatedPinsRequestValidator() =>
        this.RuleForItemIds(x => x.ItemIds, RelatedPin.MaxItems, $"At most {RelatedPin.MaxItems} items can be pinned.");
}
