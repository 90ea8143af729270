using Cms.Api.Authors;

namespace Cms.Api.Royalties;

/// <summary>What one person is paid for one item, and who set it when.</summary>
public sealed record RoyaltyResponse
{
    public required AuthorRef Author { get; init; }

    public decimal? Points { get; init; }

    /// <summary>Đồng (VND).</summary>
    public long? Amount { get; init; }

    public string? Note { get; init; }

    public string? SetBy { get; init; }

    public required DateTimeOffset SetAt { get; init; }
}
