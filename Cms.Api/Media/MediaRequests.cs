using Cms.Api.Common;
using Cms.Domain.Media;
using FluentValidation;

namespace Cms.Api.Media;

/// <summary>An image's caption (printed under it) and alt text (for readers who cannot see it).</summary>
public sealed record MediaDescriptionRequest
{
    public string? Caption { get; init; }

    public string? Alt { get; init; }
}

internal sealed class MediaDescriptionRequestValidator : AbstractValidator<MediaDescriptionRequest>
{
    public MediaDescriptionRequestValidator()
    {
        RuleFor(x => x.Caption).MaximumLength(MediaAsset.MaxCaptionLength);
        RuleFor(x => x.Alt).MaximumLength(MediaAsset.MaxAltLength);
    }
}

/// <summary>Search and paging for the library: ?q=cau&amp;page=2.</summary>
public sealed record MediaListQuery
{
    /// <summary>Part of a file name, caption or alt text, case ignored.</summary>
    public string? Q { get; init; }

    public int? Page { get; init; }

    public int? PageSize { get; init; }

    public Common.PageQuery Paging => new() { Page = Page, PageSize = PageSize };
}

internal sealed class MediaListQueryValidator : AbstractValidator<MediaListQuery>
{
    public MediaListQueryValidator()
    {
        this.RulesForPaging(x => x.Page, x => x.PageSize);
        RuleFor(x => x.Q).MaximumLength(200);
    }
}
