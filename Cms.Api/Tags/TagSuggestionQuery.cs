using FluentValidation;

namespace Cms.Api.Tags;

/// <summary>?q=soc tr&amp;limit=10: tags for an editor typing one.</summary>
/// <param name="Q">What the editor has typed of the tag; tone marks, đ and case are ignored. Empty: the most used tags.</param>
/// <param name="Limit">At most this many (1–50, default 10).</param>
public sealed record TagSuggestionQuery(string? Q, int? Limit);

internal sealed class TagSuggestionQueryValidator : AbstractValidator<TagSuggestionQuery>
{
    public TagSuggestionQueryValidator()
    {
        RuleFor(x => x.Q).MaximumLength(200);
        RuleFor(x => x.Limit).InclusiveBetween(1, 50);
    }
}
