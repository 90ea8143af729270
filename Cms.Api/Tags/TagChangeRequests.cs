using Cms.Domain.Taxonomy;
using FluentValidation;

namespace Cms.Api.Tags;

/// <summary>Writes a tag differently: every item carrying it shows the new name (and the tag's page moves to the new slug).</summary>
public sealed record TagRenameRequest
{
    /// <summary>The tag as it should be written, e.g. "Sóc Trăng".</summary>
    public string? Name { get; init; }
}

/// <summary>Folds a tag into another: its items carry the other one instead, and it is deleted.</summary>
public sealed record TagMergeRequest
{
    /// <summary>The tag to keep: its slug, or its name as written.</summary>
    public string? Into { get; init; }
}

internal sealed class TagRenameRequestValidator : AbstractValidator<TagRenameRequest>
{
    public TagRenameRequestValidator() =>
        RuleFor(x => x.Name).NotEmpty().MaximumLength(100)
            .Must(name => Tag.SlugOf(name ?? string.Empty).Length > 0).WithMessage("A tag needs at least one letter or digit.");
}

internal sealed class TagMergeRequestValidator : AbstractValidator<TagMergeRequest>
{
    public TagMergeRequestValidator() =>
        RuleFor(x => x.Into).NotEmpty().MaximumLength(200)
            .Must(into => Tag.SlugOf(into ?? string.Empty).Length > 0).WithMessage("A tag needs at least one letter or digit.");
}
