using Cms.Api.Common;
using FluentValidation;

namespace Cms.Api.Content;

/// <summary>
/// What every list of items filters and pages by: ?category=kinh-te&amp;tag=soc-trang&amp;q=words&amp;page=2&amp;pageSize=10.
/// The public lists (ContentListQuery) and the newsroom's (ManagedListQuery) add their own.
/// </summary>
public abstract record ListFilter
{
    /// <summary>A category slug; items in its sub-sections are included.</summary>
    public string? Category { get; init; }

    /// <summary>A tag: its slug ("soc-trang") or its name as written ("Sóc Trăng").</summary>
    public string? Tag { get; init; }

    /// <summary>The tag as its slug, which names work out to as well; null when none was given.</summary>
    public string? TagSlug => string.IsNullOrWhiteSpace(Tag) ? null : Cms.Domain.Taxonomy.Tag.SlugOf(Tag);

    /// <summary>
    /// Search words: items containing all of them (title, summary, text; accents and case
    /// ignored: "soc trang" finds "Sóc Trăng"), best matches first, each with a snippet.
    /// </summary>
    public string? Q { get; init; }

    /// <summary>The search words, NFC-normalized; null when none were given.</summary>
    public string? Search => string.IsNullOrWhiteSpace(Q) ? null : Cms.Domain.Common.Text.Clean(Q);

    /// <summary>1-based page number (default 1).</summary>
    public int? Page { get; init; }

    /// <summary>Items per page (default 20; larger values are capped at 100).</summary>
    public int? PageSize { get; init; }

    public PageQuery Paging => new() { Page = Page, PageSize = PageSize };
}

/// <summary>The rules of the shared filters, for each list's validator.</summary>
internal static class ListFilterRules
{
    public static void RulesForListFilter<T>(this AbstractValidator<T> validator)
        where T : ListFilter
    {
        validator.RulesForPaging(x => x.Page, x => x.PageSize);
        validator.RuleFor(x => x.Category).MaximumLength(200);
        validator.RuleFor(x => x.Tag).MaximumLength(200)
            .Must(tag => string.IsNullOrWhiteSpace(tag) || Cms.Domain.Taxonomy.Tag.SlugOf(tag).Length > 0)
            .WithMessage("tag needs at least one letter or digit.");
        validator.RuleFor(x => x.Q).MaximumLength(200)
            .Must(q => q is null || string.IsNullOrWhiteSpace(q) || Search.SearchSnippet.HasTerms(q))
            .WithMessage("q needs at least one letter or digit.");
    }
}
