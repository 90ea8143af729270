using Cms.Api.Common;
using Cms.Api.Content;
using FluentValidation;

namespace Cms.Api.Authors;

/// <summary>?page=2&amp;pageSize=20, or ?after=cursor: a page of an author's public items, newest first.</summary>
/// <param name="Page">1-based page number (default 1).</param>
/// <param name="PageSize">Items per page (default 20; larger values are capped at 100).</param>
/// <param name="After">The nextCursor of the page before: the items after it (no page number or totals), as the site builder streams a list.</param>
public sealed record AuthorItemsQuery(int? Page, int? PageSize, string? After)
{
    public PageQuery Paging => new() { Page = Page, PageSize = PageSize };
}

internal sealed class AuthorItemsQueryValidator : AbstractValidator<AuthorItemsQuery>
{
    public AuthorItemsQueryValidator()
    {
        this.RulesForPaging(x => x.Page, x => x.PageSize);
        RuleFor(x => x.After).Must(ContentCursor.IsValid).WithMessage("after must be a nextCursor this API returned.");
        RuleFor(x => x.After).Empty().When(x => x.Page is not null).WithMessage("Use either page or after, not both.");
    }
}
