using Cms.Api.Common;
using FluentValidation;

namespace Cms.Api.Authors;

/// <summary>?page=2&amp;pageSize=20: a numbered page of an author's public items, newest first.</summary>
/// <param name="Page">1-based page number (default 1).</param>
/// <param name="PageSize">Items per page (default 20; larger values are capped at 100).</param>
public sealed record AuthorItemsQuery(int? Page, int? PageSize)
{
    public PageQuery Paging => new() { Page = Page, PageSize = PageSize };
}

internal sealed class AuthorItemsQueryValidator : AbstractValidator<AuthorItemsQuery>
{
    public AuthorItemsQueryValidator() => this.RulesForPaging(x => x.Page, x => x.PageSize);
}
