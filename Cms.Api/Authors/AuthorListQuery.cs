using Cms.Api.Common;
using FluentValidation;

namespace Cms.Api.Authors;

/// <summary>?q=le vu&amp;page=1&amp;pageSize=20: the newsroom's authors, by name.</summary>
/// <param name="Q">Part of the name; tone marks, đ and case are ignored.</param>
/// <param name="Page">1-based page number (default 1).</param>
/// <param name="PageSize">Authors per page (default 20; larger values are capped at 100).</param>
public sealed record AuthorListQuery(string? Q, int? Page, int? PageSize)
{
    public PageQuery Paging => new() { Page = Page, PageSize = PageSize };
}

internal sealed class AuthorListQueryValidator : AbstractValidator<AuthorListQuery>
{
    public AuthorListQueryValidator()
    {
        this.RulesForPaging(x => x.Page, x => x.PageSize);
        RuleFor(x => x.Q).MaximumLength(200);
    }
}
