using Cms.Api.Content;
using Cms.Domain.Videos;

namespace Cms.Api.Videos;

public sealed record VideoResponse : ContentDetail
{
    public string? Description { get; init; }

    public required VideoSourceResponse Source { get; init; }

    public int? DurationSeconds { get; init; }
}

public sealed record VideoSourceResponse
{
    public required VideoSourceKind Kind { get; init; }

    /// <summary>URL for file and hls; the platform's id for youtube and vimeo.</summary>
    public required string Value { get; init; }
}
