using FluentValidation;

namespace Cms.Api.EditLocks;

/// <summary>What an editor tab's session id looks like: the random id the admin UI makes when it opens an item.</summary>
internal static class LockSession
{
    public static IRuleBuilderOptions<T, string?> IsSessionId<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().WithMessage("sessionId is required: the random id of the editor tab that holds the lock.")
            .Matches("^[A-Za-z0-9_-]{8,100}$").WithMessage("sessionId must be 8 to 100 letters, digits, '-' or '_' (e.g. a UUID).");
}
