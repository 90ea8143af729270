namespace Cms.Api.Categories;

public sealed record CategoryResponse
{
    public required int Id { get; init; }

    public required string Name { get; init; }

    public required string Slug { get; init; }

    public string? Description { get; init; }

    public int? ParentId { get; init; }

    public required int SortOrder { get; init; }

    /// <summary>Send back as If-Match to update safely.</summary>
    public required uint Version { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    public string? CreatedBy { get; init; }

    public DateTimeOffset? UpdatedAt { get; init; }

    public string? UpdatedBy { get; init; }
}
