using System.Text.RegularExpressions;
using Cms.Api.Common;
using Cms.Api.Content;
using Cms.Domain.Videos;
using FluentValidation;

namespace Cms.Api.Videos;

/// <summary>Creates or replaces a video item ("Phim tư liệu"). Its coverImage is the thumbnail.</summary>
public sealed record VideoRequest : ContentRequest
{
    public string? Description { get; init; }

    public VideoSourceRequest? Source { get; init; }

    public int? DurationSeconds { get; init; }
}

/// <summary>
/// file or hls: <c>value</c> is the URL of the file or playlist; youtube: the 11-character
/// video id; vimeo: the numeric video id.
/// </summary>
public sealed record VideoSourceRequest(VideoSourceKind? Kind, string? Value);

internal sealed class VideoRequestValidator : ContentRequestValidator<VideoRequest>
{
    public VideoRequestValidator()
    {
        RuleFor(x => x.Description).MaximumLength(4000);
        RuleFor(x => x.DurationSeconds).InclusiveBetween(0, 7 * 24 * 3600);
        RuleFor(x => x.Source).NotNull();
        RuleFor(x => x.Source!).SetValidator(new VideoSourceRequestValidator());
    }
}

// A validator of its own (applied through the video's) so the OpenAPI document can read the
// source's required fields from it (OpenApi/ValidationSchemaFilter).
internal sealed partial class VideoSourceRequestValidator : AbstractValidator<VideoSourceRequest>
{
    public VideoSourceRequestValidator()
    {
        RuleFor(x => x.Kind).NotNull();
        RuleFor(x => x.Value).NotEmpty().MaximumLength(2000)
            .Must((source, value) => IsValidValue(source.Kind, value))
            .WithMessage(x => ValueMessage(x.Kind));
    }

    private static bool IsValidValue(VideoSourceKind? kind, string? value) => kind switch
    {
        VideoSourceKind.File or VideoSourceKind.Hls => UrlRules.IsWebUrlOrRootPath(value),
        VideoSourceKind.Youtube => value is not null && YouTubeId().IsMatch(value),
        VideoSourceKind.Vimeo => value is not null && VimeoId().IsMatch(value),
        _ => true, // a missing kind is reported on its own
    };

    private static string ValueMessage(VideoSourceKind? kind) => kind switch
    {
        VideoSourceKind.Youtube => "A YouTube source needs the 11-character video id, e.g. dQw4w9WgXcQ.",
        VideoSourceKind.Vimeo => "A Vimeo source needs the numeric video id.",
        _ => "A file or HLS source needs an absolute http(s) URL or a path starting with '/'.",
    };

    [GeneratedRegex("^[A-Za-z0-9_-]{11}$")]
    private static partial Regex YouTubeId();

    [GeneratedRegex("^[0-9]{1,15}$")]
    private static partial Regex VimeoId();
}
