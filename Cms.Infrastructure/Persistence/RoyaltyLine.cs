using Cms.Domain.Authors;
using Cms.Domain.Content;

namespace Cms.Infrastructure.Persistence;

/// <summary>One person's royalty for one item, as the report reads it (<see cref="PeriodRoyalties"/>).</summary>
public sealed record RoyaltyLine(
    int AuthorId,
    string AuthorName,
    string AuthorSlug,
    long ContentId,
    ContentType Type,
    string Title,
    DateTimeOffset PublishedAt,
    IReadOnlyList<CreditRole> Roles,
    decimal? Points,
    long? Amount);
