using Cms.Api.Common;
using Cms.Api.Content;

namespace Cms.Api.PhotoStories;

/// <summary>A photo story in full: the lead is <c>summary</c>, then the photos in order.</summary>
public sealed record PhotoStoryResponse : ContentDetail
{
    public required IReadOnlyList<PhotoResponse> Photos { get; init; }
}

/// <summary>One photo: the picture as every image is given (its caption printed under it), and who took it.</summary>
public sealed record PhotoResponse
{
    public required ImageResponse Image { get; init; }

    /// <summary>The photographer, printed as "Ảnh: {credit}"; null when not given.</summary>
    public string? Credit { get; init; }
}
