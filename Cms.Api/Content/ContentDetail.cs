using Cms.Api.Common;
using Cms.Domain.Content;

namespace Cms.Api.Content;

/// <summary>The fields every full item carries; each type's response adds its own.</summary>
public abstract record ContentDetail
{
    public required long Id { get; init; }

    public required ContentType Type { get; init; }

    public required string Slug { get; init; }

    public required string Title { get; init; }

    /// <summary>The lead paragraph ("sapo").</summary>
    public string? Summary { get; init; }

    public ImageResponse? CoverImage { get; init; }

    public CategoryRef? Category { get; init; }

    public required IReadOnlyList<TagResponse> Tags { get; init; }

    public string? Author { get; init; }

    /// <summary>draft, scheduled, published, unpublished or archived (public responses are always published).</summary>
    public required ContentStatus Status { get; init; }

    public DateTimeOffset? PublishedAt { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    public required long ViewCount { get; init; }

    /// <summary>The row version; send it back as If-Match (it is also the ETag) to update safely.</summary>
    public required uint Version { get; init; }
}
