namespace Cms.Infrastructure.SignIn;

/// <summary>
/// Failed sign-ins per user name (existing or not, so a lockout never tells whether an
/// account exists). Kept in PostgreSQL so every API instance sees the same count.
/// </summary>
public sealed class SignInFailures
{
    /// <summary>The user name as typed, lower-cased.</summary>
    public string UserName { get; set; } = string.Empty;

    public int Failures { get; set; }

    public DateTimeOffset WindowStartedAt { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }
}
