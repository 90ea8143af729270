using Cms.Api.Content;

namespace Cms.Api.Articles;

public sealed record ArticleResponse : ContentDetail
{
    /// <summary>Sanitized HTML.</summary>
    public required string Body { get; init; }
}
