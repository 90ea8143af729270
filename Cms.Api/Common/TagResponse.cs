namespace Cms.Api.Common;

public sealed record TagResponse
{
    public required string Name { get; init; }

    public required string Slug { get; init; }
}
