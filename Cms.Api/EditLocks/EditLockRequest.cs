using FluentValidation;

namespace Cms.Api.EditLocks;

/// <summary>
/// Take an item's edit lock for one editor tab (<c>sessionId</c>: a random id per open editor).
/// <c>takeOver: true</c> takes it from whoever holds it, if the caller may (editors: anyone's;
/// authors: their own in another tab).
/// </summary>
public sealed record EditLockRequest(string? SessionId, bool? TakeOver);

internal sealed class EditLockRequestValidator : AbstractValidator<EditLockRequest>
{
    public EditLockRequestValidator()
    {
        RuleFor(x => x.SessionId).IsSessionId();
    }
}
