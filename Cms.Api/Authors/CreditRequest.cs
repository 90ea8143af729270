using Cms.Domain.Authors;
using FluentValidation;

namespace Cms.Api.Authors;

/// <summary>One line of an item's byline as an editor gives it; its place is its index in the list.</summary>
public sealed record CreditRequest
{
    /// <summary>An author's id (GET /manage/authors).</summary>
    public int? AuthorId { get; init; }

    /// <summary>text (bài), photo (ảnh), video or translation (dịch).</summary>
    public CreditRole? Role { get; init; }
}

internal sealed class CreditRequestValidator : AbstractValidator<CreditRequest>
{
    public CreditRequestValidator()
    {
        RuleFor(x => x.AuthorId).NotNull().GreaterThan(0);
        RuleFor(x => x.Role).NotNull().IsInEnum();
    }
}
