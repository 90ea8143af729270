using Cms.Domain.Content;
using FluentValidation;

namespace Cms.Api.Notes;

/// <summary>What a note's text must be, wherever one is written (a note, a reason for returning an item).</summary>
internal static class NoteTextRule
{
    public static IRuleBuilderOptions<T, string?> ValidNoteText<T>(this IRuleBuilder<T, string?> rule, string whenEmpty) =>
        // Measured composed, as stored: the JSON converter composes every string (Validation/ComposedText).
        rule.NotEmpty().WithMessage(whenEmpty).MaximumLength(ContentNote.MaxLength);
}
