namespace Cms.Api.Common;

/// <summary>The section an item belongs to, as lists and detail pages show it.</summary>
public sealed record CategoryRef
{
    public required int Id { get; init; }

    public required string Name { get; init; }

    public required string Slug { get; init; }
}
