using Cms.Api.Authors;

namespace Cms.Api.Royalties;

/// <summary>One person's part of the report: their items in order of publishing, and their totals.</summary>
public sealed record AuthorRoyalties(AuthorRef Author, IReadOnlyList<RoyaltyReportItem> Items, decimal TotalPoints, long TotalAmount);
