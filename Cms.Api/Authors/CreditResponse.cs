using Cms.Domain.Authors;

namespace Cms.Api.Authors;

/// <summary>One line of an item's byline: the person and what they did (text, photo, video, translation).</summary>
public sealed record CreditResponse
{
    public required AuthorRef Author { get; init; }

    public required CreditRole Role { get; init; }
}
