using Cms.Api.Common;
using Cms.Domain.Content;

namespace Cms.Api.Content;

/// <summary>An item as lists show it: everything but the body.</summary>
public sealed record ContentSummary
{
    public required long Id { get; init; }

    /// <summary>article, interview or video.</summary>
    public required ContentType Type { get; init; }

    public required string Slug { get; init; }

    public required string Title { get; init; }

    public string? Summary { get; init; }

    /// <summary>The cover; for a video, its thumbnail.</summary>
    public ImageResponse? CoverImage { get; init; }

    public CategoryRef? Category { get; init; }

    public required IReadOnlyList<TagResponse> Tags { get; init; }

    public string? Author { get; init; }

    public required ContentStatus Status { get; init; }

    public DateTimeOffset? PublishedAt { get; init; }

    public required long ViewCount { get; init; }

    /// <summary>Videos only: running time in seconds.</summary>
    public int? DurationSeconds { get; init; }
}
