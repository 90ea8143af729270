using Cms.Api.Authors;
using Cms.Api.Common;
using Cms.Domain.Content;

namespace Cms.Api.Content;

/// <summary>What every content response carries, in lists and in full: enough to draw a card.</summary>
public abstract record ContentCard
{
    public required long Id { get; init; }

    /// <summary>article, interview, video or photoStory.</summary>
    public required ContentType Type { get; init; }

    public required string Slug { get; init; }

    public required string Title { get; init; }

    /// <summary>The lead paragraph ("sapo").</summary>
    public string? Summary { get; init; }

    /// <summary>The cover; for a video, its thumbnail.</summary>
    public ImageResponse? CoverImage { get; init; }

    public CategoryRef? Category { get; init; }

    public required IReadOnlyList<TagResponse> Tags { get; init; }

    /// <summary>The byline as printed, e.g. "Lê Vũ".</summary>
    public string? Author { get; init; }

    /// <summary>The people the byline names, in order, each with their role; link each to /tac-gia/{slug}.</summary>
    public required IReadOnlyList<CreditResponse> Credits { get; init; }

    /// <summary>draft, scheduled, published, unpublished or archived (public responses are always published).</summary>
    public required ContentStatus Status { get; init; }

    public DateTimeOffset? PublishedAt { get; init; }

    public required long ViewCount { get; init; }

    /// <summary>
    /// The public item in full, whatever its type: GET it from the API's host (a list row, a
    /// change in GET /changes, a featured entry all lead there without a type-to-path switch).
    /// </summary>
    public string Href => $"{ApiRoutes.Base}/{ContentKind.Of(Type).Route}/{Id}";
}
