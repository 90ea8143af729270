using Cms.Api.Common;
using FluentValidation;

namespace Cms.Api.Content;

/// <summary>A public list: the shared filters, plus cursor paging and a field selection for apps.</summary>
public sealed record ContentListQuery : ListFilter
{
    /// <summary>
    /// A nextCursor from an earlier page, for the items after it (infinite scroll, apps).
    /// Costs the same however deep; pages read this way carry no totals.
    /// </summary>
    public string? After { get; init; }

    /// <summary>
    /// Only these item fields, comma-separated JSON names (e.g. "id,slug,title,coverImage"),
    /// for small payloads on slow networks. Each row then holds only those fields: read it as
    /// a partial ContentSummary (the schema's required list describes rows without fields=).
    /// </summary>
    public string? Fields { get; init; }
}

internal sealed class ContentListQueryValidator : AbstractValidator<ContentListQuery>
{
    public ContentListQueryValidator()
    {
        this.RulesForListFilter();
        RuleFor(x => x.Fields).MaximumLength(500).Must(FieldSelection.IsValid)
            .WithMessage(_ => $"fields must be a comma-separated list of: {string.Join(", ", FieldSelection.Known.Order(StringComparer.Ordinal))}.");
        RuleFor(x => x.After).Must(ContentCursor.IsValid).WithMessage("after must be a nextCursor this API returned.");
        RuleFor(x => x.After).Empty().When(x => x.Page is not null).WithMessage("Use either page or after, not both.");
        RuleFor(x => x.After).Empty().When(x => !string.IsNullOrWhiteSpace(x.Q)).WithMessage("Search results are ranked: page them with page, not after.");
    }
}
