using FluentValidation;

namespace Cms.Api.Notes;

/// <summary>A note on an item, or, with parentId, a reply in a note's thread.</summary>
public sealed record NoteRequest
{
    /// <summary>Plain text, 1 to 4,000 characters; shown as text, never as HTML.</summary>
    public string? Text { get; init; }

    /// <summary>The note answered; a reply to a reply joins its thread.</summary>
    public long? ParentId { get; init; }
}

internal sealed class NoteRequestValidator : AbstractValidator<NoteRequest>
{
    public NoteRequestValidator()
    {
        RuleFor(x => x.Text).ValidNoteText("Write the note's text.");
        RuleFor(x => x.ParentId).GreaterThan(0);
    }
}
