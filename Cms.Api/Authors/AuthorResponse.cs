using Cms.Api.Common;

namespace Cms.Api.Authors;

/// <summary>An author as the newsroom manages it.</summary>
public sealed record AuthorResponse
{
    public required int Id { get; init; }

    public required string Name { get; init; }

    public required string Slug { get; init; }

    public string? Title { get; init; }

    public ImageResponse? Photo { get; init; }

    public string? Bio { get; init; }

    public int? UserId { get; init; }

    /// <summary>Send back as If-Match to update or delete safely.</summary>
    public required uint Version { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    public string? CreatedBy { get; init; }

    public DateTimeOffset? UpdatedAt { get; init; }

    public string? UpdatedBy { get; init; }
}
