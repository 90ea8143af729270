using Cms.Api.Common;
using Cms.Domain.Content;
using FluentValidation;

namespace Cms.Api.Content;

/// <summary>
/// Search and share overrides; each optional, and what is left out falls back to the item's
/// own title, lead and cover. Sending none of them (or null) removes them all.
/// </summary>
/// <param name="Title">The page's title in search results and share previews; about 60 characters show in full.</param>
/// <param name="Description">The meta description; about 160 characters show in full.</param>
/// <param name="Image">The share preview's picture: JPEG, PNG, WebP or GIF, ideally 1200×630.</param>
/// <param name="CanonicalUrl">An absolute http(s) address, only when the story's original lives elsewhere.</param>
public sealed record SeoRequest(string? Title, string? Description, ImageRequest? Image, string? CanonicalUrl)
{
    public static SeoRequest? From(SeoFields? seo) =>
        seo is null ? null : new(seo.Title, seo.Description, ImageRequest.From(seo.Image), seo.CanonicalUrl);
}

internal sealed class SeoRequestValidator : AbstractValidator<SeoRequest>
{
    // Hard limits, well above what search engines show (the editor's counters say that).
    public const int TitleMaxLength = 200;
    public const int DescriptionMaxLength = 500;

    public SeoRequestValidator()
    {
        RuleFor(x => x.Title).MaximumLength(TitleMaxLength);
        RuleFor(x => x.Description).MaximumLength(DescriptionMaxLength);
        RuleFor(x => x.Image!).SetValidator(new ImageRequestValidator()).When(x => x.Image is not null);
        RuleFor(x => x.CanonicalUrl).MaximumLength(2000).Must(UrlRules.IsWebUrl).When(x => !string.IsNullOrWhiteSpace(x.CanonicalUrl))
            .WithMessage("canonicalUrl must be an absolute http(s) URL.");
    }
}
