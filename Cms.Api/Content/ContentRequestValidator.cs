using Cms.Api.Authors;
using Cms.Api.Common;
using Cms.Domain.Common;
using Cms.Domain.Taxonomy;
using FluentValidation;

namespace Cms.Api.Content;

/// <summary>Rules for the shared fields; each type's validator adds its own on top.</summary>
internal abstract class ContentRequestValidator<T> : AbstractValidator<T>
    where T : ContentRequest
{
    protected ContentRequestValidator()
    {
        RuleFor(x => x.Title).NotEmpty().MaximumLength(300);
        RuleFor(x => x.Slug).Must(Slug.IsValid).When(x => x.Slug is not null)
            .WithMessage(Slug.Rule);
        RuleFor(x => x.Summary).MaximumLength(2000);
        RuleFor(x => x.CoverImage!).SetValidator(new ImageRequestValidator()).When(x => x.CoverImage is not null);
        RuleFor(x => x.CategoryId).GreaterThan(0);
        RuleFor(x => x.Tags).Must(t => t!.Count <= 20).When(x => x.Tags is not null).WithMessage("At most 20 tags.");
        RuleForEach(x => x.Tags).NotEmpty().MaximumLength(100)
            .Must(t => Tag.SlugOf(t).Length > 0).WithMessage("A tag needs at least one letter or digit.");
        RuleFor(x => x.Author).MaximumLength(200);
        RuleFor(x => x.Seo!).SetValidator(new SeoRequestValidator()).When(x => x.Seo is not null);
        RuleFor(x => x.Credits).Must(c => c!.Count <= 20).When(x => x.Credits is not null).WithMessage("At most 20 credits.");
        RuleForEach(x => x.Credits).NotNull().SetValidator(new CreditRequestValidator());
    }
}
