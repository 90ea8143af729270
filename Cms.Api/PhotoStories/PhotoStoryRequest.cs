using Cms.Api.Common;
using Cms.Api.Content;
using Cms.Domain.PhotoStories;
using FluentValidation;

namespace Cms.Api.PhotoStories;

/// <summary>
/// Creates or replaces a photo story ("Phóng sự ảnh"): the lead is the summary; the photos come
/// in the order readers see them.
/// </summary>
public sealed record PhotoStoryRequest : ContentRequest
{
    public IReadOnlyList<PhotoRequest>? Photos { get; init; }
}

/// <summary>
/// One photo: the picture (a media library address such as "/media/2026/12/…jpg", or an absolute
/// http(s) URL) with its caption and alt text, and the photographer as printed after "Ảnh: ".
/// </summary>
public sealed record PhotoRequest(ImageRequest? Image, string? Credit);

internal sealed class PhotoStoryRequestValidator : ContentRequestValidator<PhotoStoryRequest>
{
    public PhotoStoryRequestValidator()
    {
        RuleFor(x => x.Photos).NotEmpty().WithMessage("A photo story needs at least one photo.");
        RuleFor(x => x.Photos).Must(p => p!.Count <= PhotoStory.MaxPhotos).When(x => x.Photos is not null)
            .WithMessage($"At most {PhotoStory.MaxPhotos} photos.");
        RuleForEach(x => x.Photos).SetValidator(new PhotoRequestValidator());
    }
}

// A validator of its own (applied through the story's) so the OpenAPI document can read the
// photo's required fields from it (OpenApi/ValidationSchemaFilter).
internal sealed class PhotoRequestValidator : AbstractValidator<PhotoRequest>
{
    public PhotoRequestValidator()
    {
        RuleFor(x => x.Image).NotNull();
        RuleFor(x => x.Image!).SetValidator(new ImageRequestValidator()).When(x => x.Image is not null);
        RuleFor(x => x.Credit).MaximumLength(200);
    }
}
