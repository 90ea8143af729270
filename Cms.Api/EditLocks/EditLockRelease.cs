using FluentValidation;
using Microsoft.AspNetCore.Mvc;

namespace Cms.Api.EditLocks;

/// <summary>Let go of a lock: the tab that holds it (a query value, so a page being closed can send it with keepalive).</summary>
public sealed record EditLockRelease
{
    /// <summary>The editor tab's session id, as it took the lock.</summary>
    [FromQuery(Name = "sessionId")]
    public string? SessionId { get; init; }
}

internal sealed class EditLockReleaseValidator : AbstractValidator<EditLockRelease>
{
    public EditLockReleaseValidator()
    {
        RuleFor(x => x.SessionId).IsSessionId();
    }
}
