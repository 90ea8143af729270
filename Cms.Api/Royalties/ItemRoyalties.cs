namespace Cms.Api.Royalties;

/// <summary>An item's royalties, in byline order, with their sums.</summary>
public sealed record ItemRoyalties(long ContentId, IReadOnlyList<RoyaltyResponse> Royalties, decimal TotalPoints, long TotalAmount);
