namespace Cms.Api.Common;

public sealed record ImageResponse
{
    public required string Url { get; init; }

    public string? Caption { get; init; }

    public string? Alt { get; init; }
}
