using System.Linq.Expressions;
using FluentValidation;

namespace Cms.Api.Common;

/// <summary>Numbered-page parameters, already validated (page ≥ 1, pageSize ≥ 1).</summary>
public sealed record PageQuery
{
    public const int DefaultSize = 20;
    public const int MaxSize = 100;

    public int? Page { get; init; }

    public int? PageSize { get; init; }

    public int EffectivePage => Page ?? 1;

    /// <summary>Oversized pages are capped rather than refused: a client asking for 500 gets 100.</summary>
    public int EffectiveSize => Math.Min(PageSize ?? DefaultSize, MaxSize);
}

/// <summary>What a numbered page must be, for every list that takes page and pageSize.</summary>
internal static class PagingRules
{
    public static void RulesForPaging<T>(this AbstractValidator<T> validator, Expression<Func<T, int?>> page, Expression<Func<T, int?>> pageSize)
    {
        validator.RuleFor(page).GreaterThanOrEqualTo(1);
        validator.RuleFor(pageSize).GreaterThanOrEqualTo(1);
    }
}

internal sealed class PageQueryValidator : AbstractValidator<PageQuery>
{
    public PageQueryValidator() => this.RulesForPaging(x => x.Page, x => x.PageSize);
}
