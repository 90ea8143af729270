using FluentValidation;

namespace Cms.Api.Royalties;

/// <summary>An item's royalties ("nhuận bút"), replacing those it had: one entry per credited person.</summary>
public sealed record RoyaltiesRequest
{
    /// <summary>Empty: the item has none.</summary>
    public IReadOnlyList<RoyaltyEntryRequest>? Royalties { get; init; }
}

/// <summary>What one credited person is paid for the item: points, an amount in đồng, or both.</summary>
public sealed record RoyaltyEntryRequest
{
    /// <summary>An author credited on the item.</summary>
    public int? AuthorId { get; init; }

    /// <summary>Points (up to two decimals), which the newsroom converts to money later.</summary>
    public decimal? Points { get; init; }

    /// <summary>Đồng (VND), whole.</summary>
    public long? Amount { get; init; }

    public string? Note { get; init; }
}

internal sealed class RoyaltiesRequestValidator : AbstractValidator<RoyaltiesRequest>
{
    public RoyaltiesRequestValidator()
    {
        RuleFor(x => x.Royalties).NotNull();
        RuleFor(x => x.Royalties).Must(r => r!.Count <= 50).When(x => x.Royalties is not null).WithMessage("At most 50 royalties.");
        RuleFor(x => x.Royalties).Must(r => r!.Where(e => e?.AuthorId is not null).Select(e => e!.AuthorId).Distinct().Count() == r!.Count(e => e?.AuthorId is not null))
            .When(x => x.Royalties is not null).WithMessage("Each author at most once.");
        RuleForEach(x => x.Royalties).NotNull().SetValidator(new RoyaltyEntryRequestValidator());
    }
}

internal sealed class RoyaltyEntryRequestValidator : AbstractValidator<RoyaltyEntryRequest>
{
    public RoyaltyEntryRequestValidator()
    {
        RuleFor(x => x.AuthorId).NotNull().GreaterThan(0);
        RuleFor(x => x.Points).InclusiveBetween(0, 9_999_999_999.99m).PrecisionScale(12, 2, ignoreTrailingZeros: true);
        RuleFor(x => x.Amount).GreaterThanOrEqualTo(0);
        RuleFor(x => x.Points).NotNull().When(x => x.Amount is null).WithMessage("Give points, an amount, or both.");
        RuleFor(x => x.Note).MaximumLength(500);
    }
}
