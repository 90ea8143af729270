using Cms.Domain.Users;
using FluentValidation;

namespace Cms.Api.Users;

/// <summary>An admin creates an account.</summary>
public sealed record CreateUserRequest
{
    /// <summary>The sign-in name: 3-50 lower-case letters, digits, dots, hyphens or underscores. It never changes.</summary>
    public string? UserName { get; init; }

    /// <summary>At least 10 characters; give it to the person, who should change it.</summary>
    public string? Password { get; init; }

    public UserRole? Role { get; init; }

    /// <summary>The name the newsroom knows them by, e.g. "Lê Vũ".</summary>
    public string? DisplayName { get; init; }
}

/// <summary>An admin changes an account's role, name or state. Send If-Match with its ETag.</summary>
public sealed record UpdateUserRequest
{
    public UserRole? Role { get; init; }

    public string? DisplayName { get; init; }

    /// <summary>False disables the account: no sign-in, and its tokens stop working at once.</summary>
    public bool? IsActive { get; init; }
}

/// <summary>An admin sets a new password for someone (their tokens stop working).</summary>
public sealed record SetPasswordRequest
{
    public string? NewPassword { get; init; }
}

/// <summary>A user changes their own password; they get a new token back, every older one ends.</summary>
public sealed record ChangeOwnPasswordRequest
{
    public string? CurrentPassword { get; init; }

    public string? NewPassword { get; init; }
}

/// <summary>The rules every account field follows, in one place.</summary>
internal static class AccountRules
{
    public const int MinPasswordLength = 10;
    public const int MaxPasswordLength = 200;

    public static IRuleBuilderOptions<T, string?> ValidPassword<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().MinimumLength(MinPasswordLength).MaximumLength(MaxPasswordLength);

    public static IRuleBuilderOptions<T, string?> ValidDisplayName<T>(this IRuleBuilder<T, string?> rule) =>
        rule.MaximumLength(200);
}

internal sealed class CreateUserRequestValidator : AbstractValidator<CreateUserRequest>
{
    public CreateUserRequestValidator()
    {
        RuleFor(x => x.UserName).NotEmpty().Matches("^[a-z0-9._-]{3,50}$")
            .WithMessage("userName must be 3-50 lower-case letters, digits, dots, hyphens or underscores.");
        RuleFor(x => x.Password).ValidPassword()
            .NotEqual(x => x.UserName).WithMessage("password must not be the user name.");
        RuleFor(x => x.Role).NotNull().IsInEnum();
        RuleFor(x => x.DisplayName).ValidDisplayName();
    }
}

internal sealed class UpdateUserRequestValidator : AbstractValidator<UpdateUserRequest>
{
    public UpdateUserRequestValidator()
    {
        RuleFor(x => x.Role).NotNull().IsInEnum();
        RuleFor(x => x.IsActive).NotNull();
        RuleFor(x => x.DisplayName).ValidDisplayName();
    }
}

internal sealed class SetPasswordRequestValidator : AbstractValidator<SetPasswordRequest>
{
    public SetPasswordRequestValidator() => RuleFor(x => x.NewPassword).ValidPassword();
}

internal sealed class ChangeOwnPasswordRequestValidator : AbstractValidator<ChangeOwnPasswordRequest>
{
    public ChangeOwnPasswordRequestValidator()
    {
        RuleFor(x => x.CurrentPassword).NotEmpty().MaximumLength(AccountRules.MaxPasswordLength);
        RuleFor(x => x.NewPassword).ValidPassword()
            .NotEqual(x => x.CurrentPassword).WithMessage("newPassword must differ from the current one.");
    }
}
