using Cms.Domain.Common;
using FluentValidation;

namespace Cms.Api.Categories;

/// <summary>Creates or replaces a section.</summary>
public sealed record CategoryRequest
{
    public string? Name { get; init; }

    /// <summary>Optional; generated from the name when omitted.</summary>
    public string? Slug { get; init; }

    public string? Description { get; init; }

    /// <summary>The parent section; null for a top-level section.</summary>
    public int? ParentId { get; init; }

    /// <summary>Position among its siblings; lower first (default 0).</summary>
    public int? SortOrder { get; init; }
}

internal sealed class CategoryRequestValidator : AbstractValidator<CategoryRequest>
{
    public CategoryRequestValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(200);
        RuleFor(x => x.Slug).Must(Slug.IsValid).When(x => x.Slug is not null)
            .WithMessage(Slug.Rule);
        RuleFor(x => x.Description).MaximumLength(1000);
        RuleFor(x => x.ParentId).GreaterThan(0);
    }
}
