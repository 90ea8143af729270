using FluentValidation;

namespace Cms.Api.EditLocks;

/// <summary>The open editor's heartbeat: the tab that holds the lock.</summary>
public sealed record EditLockRenewal(string? SessionId);

internal sealed class EditLockRenewalValidator : AbstractValidator<EditLockRenewal>
{
    public EditLockRenewalValidator()
    {
        RuleFor(x => x.SessionId).IsSessionId();
    }
}
