using FluentValidation;

namespace Cms.Api.Counters;

/// <summary>
/// Figures carried over from a previous system. Each replaces the figure imported before
/// (importing twice does not add twice); views counted here are kept on top of it.
/// </summary>
public sealed record CounterImportRequest(long? SiteVisits, IReadOnlyList<ItemViewsImport>? Items, string? Note);

public sealed record ItemViewsImport(long ContentId, long Views);

public sealed record CounterImportResponse(DateTimeOffset ImportedAt, string ImportedBy, long? SiteVisits, int Items);

internal sealed class CounterImportRequestValidator : AbstractValidator<CounterImportRequest>
{
    public CounterImportRequestValidator()
    {
        RuleFor(x => x.SiteVisits).GreaterThanOrEqualTo(0);
        RuleFor(x => x).Must(x => x.SiteVisits is not null || x.Items is { Count: > 0 })
            .WithName("items").WithMessage("Nothing to import: give siteVisits, items, or both.");
        RuleFor(x => x.Items).Must(i => i!.Count <= 100_000).When(x => x.Items is not null).WithMessage("At most 100,000 items per import.");
        RuleForEach(x => x.Items).ChildRules(item =>
        {
            item.RuleFor(i => i.ContentId).GreaterThan(0);
            item.RuleFor(i => i.Views).GreaterThanOrEqualTo(0);
        });
        RuleFor(x => x.Note).MaximumLength(1000);
    }
}
