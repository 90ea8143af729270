using Cms.Domain.Authors;
using Cms.Domain.Content;

namespace Cms.Api.Royalties;

/// <summary>One item in a person's part of the report, with what they did for it and what it pays.</summary>
public sealed record RoyaltyReportItem(long ContentId, ContentType Type, string Title, DateTimeOffset PublishedAt,
    IReadOnlyList<CreditRole> Roles, decimal? Points, long? Amount);
