using Cms.Domain.Content;
using Cms.Domain.Interviews;
using Cms.Domain.PhotoStories;
using Cms.Domain.Videos;

namespace Cms.Infrastructure.Persistence;

/// <summary>
/// One item as <see cref="ContentReader"/> reads it (in full, or as a list's card): the fields every item has and
/// those of every type side by side (the other types' null), with the domain's own value objects
/// for what is stored as JSON. The API maps it by name onto its article, interview and video
/// responses, or a list's card, with the maps it uses for the entities (Api's Mapping/MappingConfig).
/// </summary>
public sealed record ContentRecord
{
    public required long Id { get; init; }

    public required ContentType Type { get; init; }

    public required string Slug { get; init; }

    public required string Title { get; init; }

    public string? Summary { get; init; }

    public Image? CoverImage { get; init; }

    public CategoryName? Category { get; init; }

    /// <summary>In name order, as the entity map sorts them.</summary>
    public required IReadOnlyList<TagName> Tags { get; init; }

    public string? Author { get; init; }

    /// <summary>The people the byline names, in byline order.</summary>
    public IReadOnlyList<CreditName> Credits { get; init; } = [];

    /// <summary>
    /// As a reader sees it (<see cref="PublicNow.Effective"/>): always published in the public
    /// reads, a scheduled item whose time has come included.
    /// </summary>
    public required ContentStatus Status { get; init; }

    public DateTimeOffset? PublishedAt { get; init; }

    public required long ViewCount { get; init; }

    /// <summary>The full item's own fields from here on: left empty in a list's rows.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    public uint Version { get; init; }

    public SeoFields? Seo { get; init; }

    /// <summary>Its old slugs, newest first.</summary>
    public IReadOnlyList<string> OldSlugs { get; init; } = [];

    /// <summary>Articles.</summary>
    public string? Body { get; init; }

    /// <summary>Interviews.</summary>
    public Interviewee? Interviewee { get; init; }

    public IReadOnlyList<Exchange>? Exchanges { get; init; }

    public string? Closing { get; init; }

    /// <summary>Videos (the duration in lists too).</summary>
    public string? Description { get; init; }

    public VideoSource? Source { get; init; }

    public int? DurationSeconds { get; init; }

    /// <summary>Photo stories: the photos in order (the full item), and how many (in lists too).</summary>
    public IReadOnlyList<Photo>? Photos { get; init; }

    public int? PhotoCount { get; init; }
}

/// <summary>An item's section as its row names it (its tags: <see cref="TagName"/>).</summary>
public sealed record CategoryName(int Id, string Name, string Slug);
