namespace Cms.Api.Royalties;

/// <summary>The royalties of the items published in a period, per person, with totals.</summary>
public sealed record RoyaltyReport(DateOnly From, DateOnly To, IReadOnlyList<AuthorRoyalties> Authors, decimal TotalPoints, long TotalAmount);
