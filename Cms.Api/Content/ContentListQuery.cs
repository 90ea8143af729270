using Cms.Api.Common;
using FluentValidation;

namespace Cms.Api.Content;

/// <summary>Filters and paging for content lists: ?category=kinh-te&amp;tag=soc-trang&amp;page=2&amp;pageSize=10.</summary>
public sealed record ContentListQuery
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

    /// <summary>
    /// Public lists: a nextCursor from an earlier page, for the items after it (infinite
    /// scroll, apps). Costs the same however deep; pages read this way carry no totals.
    /// </summary>
    public string? After { get; init; }

    /// <summary>
    /// Public lists: only these item fields, comma-separated JSON names (e.g.
    /// "id,slug,title,coverImage"), for small payloads on slow networks.
    /// </summary>
    public string? Fields { get; init; }

    /// <summary>1-based page number (default 1).</summary>
    public int? Page { get; init; }

    /// <summary>Items per page (default 20; larger values are capped at 100).</summary>
    public int? PageSize { get; init; }

    public PageQuery Paging => new() { Page = Page, PageSize = PageSize };
}

internal sealed class ContentListQueryValidator : AbstractValidator<ContentListQuery>
{
    public ContentListQueryValidator()
    {
        this.RulesForPaging(x => x.Page, x => x.PageSize);
        RuleFor(x => x.Category).MaximumLength(200);
        RuleFor(x => x.Tag).MaximumLength(200)
            .Must(tag => string.IsNullOrWhiteSpace(tag) || Cms.Domain.Taxonomy.Tag.SlugOf(tag).Length > 0)
            .WithMessage("tag needs at least one letter or digit.");
        RuleFor(x => x.Fields).MaximumLength(500).Must(FieldSelection.IsValid)
            .WithMessage(_ => $"fields must be a comma-separated list of: {string.Join(", ", FieldSelection.Known.Order(StringComparer.Ordinal))}.");
        RuleFor(x => x.After).Must(ContentCursor.IsValid).WithMessage("after must be a nextCursor this API returned.");
        RuleFor(x => x.After).Empty().When(x => x.Page is not null).WithMessage("Use either page or after, not both.");
        RuleFor(x => x.After).Empty().When(x => !string.IsNullOrWhiteSpace(x.Q)).WithMessage("Search results are ranked: page them with page, not after.");
        RuleFor(x => x.Q).MaximumLength(200)
            .Must(q => q is null || string.IsNullOrWhiteSpace(q) || Search.SearchSnippet.HasTerms(q))
            .WithMessage("q needs at least one letter or digit.");
    }
}
