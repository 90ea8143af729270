using Cms.Domain.Content;

namespace Cms.Api.Content;

/// <summary>How one content type appears in URLs, Swagger and operation names.</summary>
internal sealed record ContentKind(ContentType Type, string Route, string Singular, string Plural)
{
    public static readonly ContentKind Article = new(ContentType.Article, "articles", "Article", "Articles");
    public static readonly ContentKind Interview = new(ContentType.Interview, "interviews", "Interview", "Interviews");
    public static readonly ContentKind Video = new(ContentType.Video, "videos", "Video", "Videos");
}
