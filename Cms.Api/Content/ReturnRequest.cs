using Cms.Api.Notes;
using FluentValidation;

namespace Cms.Api.Content;

/// <summary>Send an item in review back to its author: why, in plain text the author reads on opening it.</summary>
public sealed record ReturnRequest(string? Reason);

internal sealed class ReturnRequestValidator : AbstractValidator<ReturnRequest>
{
    public ReturnRequestValidator() =>
        RuleFor(x => x.Reason).ValidNoteText("Say why the item goes back to its author.");
}
