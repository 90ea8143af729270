using Cms.Api.Common;
using Cms.Domain.Common;
using FluentValidation;

namespace Cms.Api.Authors;

/// <summary>Creates or replaces an author (a person bylines name).</summary>
public sealed record AuthorRequest
{
    /// <summary>As printed in bylines, e.g. "Lê Vũ".</summary>
    public string? Name { get; init; }

    /// <summary>Optional; generated from the name when omitted (their page: /tac-gia/slug).</summary>
    public string? Slug { get; init; }

    /// <summary>Their position ("Phóng viên"), optional.</summary>
    public string? Title { get; init; }

    /// <summary>Their photo, usually from the media library.</summary>
    public ImageRequest? Photo { get; init; }

    /// <summary>Plain text about them, for their page.</summary>
    public string? Bio { get; init; }

    /// <summary>The staff account that is this person (GET /manage/users), if any; one author per account.</summary>
    public int? UserId { get; init; }
}

internal sealed class AuthorRequestValidator : AbstractValidator<AuthorRequest>
{
    public AuthorRequestValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(200);
        RuleFor(x => x.Slug).Must(Slug.IsValid).When(x => x.Slug is not null).WithMessage(Slug.Rule);
        RuleFor(x => x.Title).MaximumLength(200);
        RuleFor(x => x.Photo!).SetValidator(new ImageRequestValidator()).When(x => x.Photo is not null);
        RuleFor(x => x.Bio).MaximumLength(4000);
        RuleFor(x => x.UserId).GreaterThan(0);
    }
}
