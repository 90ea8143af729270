namespace Cms.Api.Categories;

/// <summary>A section in the public tree, with its sub-sections in menu order.</summary>
public sealed record CategoryNode
{
    public required int Id { get; init; }

    public required string Name { get; init; }

    public required string Slug { get; init; }

    public string? Description { get; init; }

    public required IReadOnlyList<CategoryNode> Children { get; init; }
}
