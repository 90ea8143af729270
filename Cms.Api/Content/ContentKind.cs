using System.Text.RegularExpressions;
using Cms.Domain.Articles;
using Cms.Domain.Content;
using Cms.Domain.Interviews;
using Cms.Domain.PhotoStories;
using Cms.Domain.Videos;

namespace Cms.Api.Content;

/// <summary>How one content type appears in URLs, Swagger and operation names.</summary>
internal sealed partial record ContentKind(ContentType Type, string Route, string Singular, string Plural)
{
    public static readonly ContentKind Article = new(ContentType.Article, "articles", "Article", "Articles");
    public static readonly ContentKind Interview = new(ContentType.Interview, "interviews", "Interview", "Interviews");
    public static readonly ContentKind Video = new(ContentType.Video, "videos", "Video", "Videos");
    public static readonly ContentKind PhotoStory = new(ContentType.PhotoStory, "photo-stories", "PhotoStory", "PhotoStories");

    /// <summary>The singular as words, for summaries and Swagger tags ("photo story").</summary>
    public string Noun => Words(Singular);

    /// <summary>The plural as words ("photo stories").</summary>
    public string Nouns => Words(Plural);

    private static readonly Dictionary<Type, ContentKind> ByEntity = new()
    {
        [typeof(Article)] = Article,
        [typeof(Interview)] = Interview,
        [typeof(Video)] = Video,
        [typeof(PhotoStory)] = PhotoStory,
    };

    // Every item's href asks this while it is written out: a lookup, not a search.
    private static readonly Dictionary<ContentType, ContentKind> ByType = ByEntity.Values.ToDictionary(kind => kind.Type);

    /// <summary>The kind of a content type (article → <see cref="Article"/>).</summary>
    public static ContentKind Of(ContentType type) => ByType[type];

    /// <summary>The kind of an entity type, for code generic in it (Article → <see cref="Article"/>).</summary>
    public static ContentKind Of<TEntity>()
        where TEntity : ContentItem =>
        ByEntity[typeof(TEntity)];

    private static string Words(string pascal) => WordStart().Replace(pascal, " ").ToLowerInvariant();

    [GeneratedRegex("(?<=[a-z])(?=[A-Z])")]
    private static partial Regex WordStart();
}
