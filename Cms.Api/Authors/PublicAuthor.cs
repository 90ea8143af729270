using Cms.Api.Common;

namespace Cms.Api.Authors;

/// <summary>An author as readers see them, for the head of their page; their items: GET /authors/{slug}/items.</summary>
public sealed record PublicAuthor
{
    public required int Id { get; init; }

    public required string Name { get; init; }

    public required string Slug { get; init; }

    public string? Title { get; init; }

    public ImageResponse? Photo { get; init; }

    public string? Bio { get; init; }
}
