using Cms.Domain.Common;
using Cms.Domain.Content;
using FluentValidation;

namespace Cms.Api.Notes;

/// <summary>What a note's text must be, wherever one is written (a note, a reason for returning an item).</summary>
internal static class NoteTextRule
{
    public static IRuleBuilderOptions<T, string?> ValidNoteText<T>(this IRuleBuilder<T, string?> rule, string whenEmpty) =>
        rule.NotEmpty().WithMessage(whenEmpty).MaximumLength(ContentNote.MaxLength)
            .Must(text => text is null || Text.Clean(text).Length <= ContentNote.MaxLength) // as stored: composing lengthens a few scripts
            .WithMessage($"At most {ContentNote.MaxLength} characters.");
}
