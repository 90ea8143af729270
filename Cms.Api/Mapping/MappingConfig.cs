using Cms.Api.Articles;
using Cms.Api.Authors;
using Cms.Api.Common;
using Cms.Api.Content;
using Cms.Api.Interviews;
using Cms.Api.PhotoStories;
using Cms.Api.Videos;
using Cms.Domain.Articles;
using Cms.Domain.Authors;
using Cms.Domain.Content;
using Cms.Domain.Interviews;
using Cms.Domain.PhotoStories;
using Cms.Domain.Taxonomy;
using Cms.Domain.Videos;
using Cms.Infrastructure.Persistence;
using Mapster;

namespace Cms.Api.Mapping;

/// <summary>
/// Entity → response maps, and the public reads' rows (ContentRecord) → the same responses.
/// Entities never leave the API: every response is a record kept beside its endpoints
/// (ContentSummary in Content/, …), built here.
/// Compiled at start-up so a broken map fails fast.
/// </summary>
internal static class MappingConfig
{
    public const string NowParameter = "now";
    public const string ViewsParameter = "views";
    public const string AuditParameter = "audit";
    public const string OldSlugsParameter = "oldSlugs";

    public static TypeAdapterConfig Create()
    {
        var config = new TypeAdapterConfig();
        config.NewConfig<Image, ImageResponse>().AfterMapping(Media.ImageRenditionsFilter.Track);
        config.NewConfig<SeoFields, SeoResponse>();
        config.NewConfig<Category, CategoryRef>();
        config.NewConfig<Tag, TagResponse>();
        config.NewConfig<Category, Categories.CategoryResponse>();
        config.NewConfig<Author, AuthorResponse>();
        config.NewConfig<Author, PublicAuthor>();
        config.NewConfig<Author, AuthorRef>();
        config.NewConfig<ContentCredit, CreditResponse>();

        config.NewConfig<Article, ArticleResponse>().MapSharedFields();
        config.NewConfig<Video, VideoResponse>().MapSharedFields();
        config.NewConfig<VideoSource, VideoSourceResponse>();
        config.NewConfig<PhotoStory, PhotoStoryResponse>().MapSharedFields();
        config.NewConfig<Photo, PhotoResponse>();
        config.NewConfig<Interview, InterviewResponse>()
            .MapSharedFields()
            .Map(d => d.Exchanges, s => ExchangesOf(s.Exchanges, s.Interviewee));
        config.NewConfig<Interviewee, IntervieweeResponse>();

        // The delivery API's own reads (Persistence/ContentReader): by name, with the
        // same maps for the values stored as JSON (cover, interviewee, exchanges, source).
        config.NewConfig<CategoryName, CategoryRef>();
        config.NewConfig<TagName, TagResponse>();
        config.NewConfig<CreditName, CreditResponse>()
            .Map(d => d.Author, s => new AuthorRef { Id = s.AuthorId, Name = s.Name, Slug = s.Slug, Title = s.Title });
        config.NewConfig<ContentRecord, ContentSummary>();
        config.NewConfig<ContentRecord, ArticleResponse>();
        config.NewConfig<ContentRecord, InterviewResponse>().Map(d => d.Exchanges, s => ExchangesOf(s.Exchanges, s.Interviewee));
        config.NewConfig<ContentRecord, VideoResponse>();
        config.NewConfig<ContentRecord, PhotoStoryResponse>();

        config.Compile();
        return config;
    }

    /// <summary>
    /// Maps with the clock's "now" (which decides whether a scheduled item counts as
    /// published) and the item's view count, which lives in the counter store. Who created
    /// and last changed it is included only when <c>audit</c> is set: for the newsroom, never
    /// for the public.
    /// </summary>
    /// <remarks>
    /// Generic in the entity so the map chosen is the one for its concrete type
    /// (Article → ArticleResponse), not the one for the ContentItem base.
    /// </remarks>
    public static TResponse ToResponse<TEntity, TResponse>(this TEntity item, TypeAdapterConfig config, DateTimeOffset now, long views,
        IReadOnlyList<string> oldSlugs, bool audit = false)
        where TEntity : ContentItem =>
        item.BuildAdapter(config).AddParameters(NowParameter, now).AddParameters(ViewsParameter, views).AddParameters(OldSlugsParameter, oldSlugs)
            .AddParameters(AuditParameter, audit).AdaptToType<TResponse>();

    /// <summary>What every content type maps alike: tags in name order, and the status as of "now".</summary>
    private static TypeAdapterSetter<TSource, TDestination> MapSharedFields<TSource, TDestination>(this TypeAdapterSetter<TSource, TDestination> setter)
        where TSource : ContentItem
        where TDestination : ContentDetail =>
        setter
            .Map(d => d.Tags, s => s.Tags.OrderBy(t => t.Name))
            .Map(d => d.Credits, s => s.Credits.OrderBy(c => c.Position))
            .Map(d => d.Status, s => s.EffectiveStatusAt(Now()))
            .Map(d => d.ViewCount, s => (long)MapContext.Current!.Parameters[ViewsParameter])
            .Map(d => d.OldSlugs, s => (IReadOnlyList<string>)MapContext.Current!.Parameters[OldSlugsParameter])
            .Map(d => d.CreatedBy, s => Audit() ? s.CreatedBy : null)
            .Map(d => d.UpdatedBy, s => Audit() ? s.UpdatedBy : null);

    /// <summary>The exchanges as readers and editors see them (ExchangeResponse.Of: whose answer it is).</summary>
    private static List<ExchangeResponse>? ExchangesOf(IEnumerable<Exchange>? exchanges, Interviewee? interviewee) =>
        exchanges?.Select(e => ExchangeResponse.Of(e.Question, e.Answer, e.Speaker, interviewee?.Name, e.Asker)).ToList();

    private static bool Audit() => (bool)MapContext.Current!.Parameters[AuditParameter];

    private static DateTimeOffset Now() => (DateTimeOffset)MapContext.Current!.Parameters[NowParameter];
}
