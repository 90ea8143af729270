using FluentValidation;

namespace Cms.Api.Auth;

public sealed record TokenRequest(string? UserName, string? Password);

internal sealed class TokenRequestValidator : AbstractValidator<TokenRequest>
{
    public TokenRequestValidator()
    {
        RuleFor(x => x.UserName).NotEmpty().MaximumLength(100);
        RuleFor(x => x.Password).NotEmpty().MaximumLength(500);
    }
}
