using Cms.Api.Articles;
using Cms.Api.Common;
using Cms.Api.Content;
using Cms.Api.Interviews;
using Cms.Api.Videos;
using Cms.Domain.Articles;
using Cms.Domain.Content;
using Cms.Domain.Interviews;
using Cms.Domain.Taxonomy;
using Cms.Domain.Videos;
using Mapster;

namespace Cms.Api.Mapping;

/// <summary>
/// Entity → response maps. Entities never leave the API: every response is a record kept
/// beside its endpoints (ContentSummary in Content/, …), built here from the entity.
/// Compiled at start-up so a broken map fails fast.
/// </summary>
internal static class MappingConfig
{
    public const string NowParameter = "now";
    public const string ViewsParameter = "views";
    public const string AuditParameter = "audit";

    public static TypeAdapterConfig Create()
    {
        var config = new TypeAdapterConfig();
        config.NewConfig<Image, ImageResponse>();
        config.NewConfig<Category, CategoryRef>();
        config.NewConfig<Tag, TagResponse>();
        config.NewConfig<Category, Categories.CategoryResponse>();

        config.NewConfig<Article, ArticleResponse>().MapSharedFields();
        config.NewConfig<Video, VideoResponse>().MapSharedFields();
        config.NewConfig<VideoSource, VideoSourceResponse>();
        config.NewConfig<Interview, InterviewResponse>()
            .MapSharedFields()
            .Map(d => d.Exchanges, s => s.Exchanges.Select(e => ExchangeResponse.Of(e.Question, e.Answer, e.Speaker, s.Interviewee.Name)));
        config.NewConfig<Interviewee, IntervieweeResponse>();

        // The delivery API's own reads (Content/PublicContentReader): by name, the nested
        // responses it already built passed on as they are.
        config.NewConfig<PublicItemRow, ContentSummary>().ShallowCopyForSameType(true);
        config.NewConfig<PublicItemRow, ArticleResponse>().ShallowCopyForSameType(true);
        config.NewConfig<PublicItemRow, InterviewResponse>().ShallowCopyForSameType(true);
        config.NewConfig<PublicItemRow, VideoResponse>().ShallowCopyForSameType(true);

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
    public static TResponse ToResponse<TEntity, TResponse>(this TEntity item, TypeAdapterConfig config, DateTimeOffset now, long views, bool audit = false)
        where TEntity : ContentItem =>
        item.BuildAdapter(config).AddParameters(NowParameter, now).AddParameters(ViewsParameter, views).AddParameters(AuditParameter, audit)
            .AdaptToType<TResponse>();

    /// <summary>What every content type maps alike: tags in name order, and the status as of "now".</summary>
    private static TypeAdapterSetter<TSource, TDestination> MapSharedFields<TSource, TDestination>(this TypeAdapterSetter<TSource, TDestination> setter)
        where TSource : ContentItem
        where TDestination : ContentDetail =>
        setter
            .Map(d => d.Tags, s => s.Tags.OrderBy(t => t.Name))
            .Map(d => d.Status, s => s.EffectiveStatusAt(Now()))
            .Map(d => d.ViewCount, s => (long)MapContext.Current!.Parameters[ViewsParameter])
            .Map(d => d.CreatedBy, s => Audit() ? s.CreatedBy : null)
            .Map(d => d.UpdatedBy, s => Audit() ? s.UpdatedBy : null);

    private static bool Audit() => (bool)MapContext.Current!.Parameters[AuditParameter];

    private static DateTimeOffset Now() => (DateTimeOffset)MapContext.Current!.Parameters[NowParameter];
}
