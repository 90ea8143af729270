using Cms.Domain.Content;
using FluentValidation;

namespace Cms.Api.Common;

/// <summary>A picture: absolute http(s) URL or a path on the API's own host ("/media/...").</summary>
public sealed record ImageRequest(string? Url, string? Caption, string? Alt)
{
    public Image ToDomain() => new(Url!, Caption, Alt);

    public static ImageRequest? From(Image? image) => image is null ? null : new(image.Url, image.Caption, image.Alt);
}

internal sealed class ImageRequestValidator : AbstractValidator<ImageRequest>
{
    public ImageRequestValidator()
    {
        RuleFor(x => x.Url).NotEmpty().MaximumLength(2000).Must(UrlRules.IsWebUrlOrRootPath)
            .WithMessage("url must be an absolute http(s) URL or a path starting with '/'.");
        RuleFor(x => x.Caption).MaximumLength(1000);
        RuleFor(x => x.Alt).MaximumLength(500);
    }
}
