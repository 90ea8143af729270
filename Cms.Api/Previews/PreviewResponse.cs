using Cms.Api.Articles;
using Cms.Api.Interviews;
using Cms.Api.PhotoStories;
using Cms.Api.Videos;

namespace Cms.Api.Previews;

/// <summary>
/// What a preview link shows: the item in the public response of its type (exactly one of
/// <c>article</c>, <c>interview</c>, <c>video</c>, <c>photoStory</c> is set; its <c>type</c>
/// says which), as it stands now (its working copy, when it has one), and until when the link works.
/// </summary>
public sealed record PreviewResponse(DateTimeOffset ExpiresAt, ArticleResponse? Article, InterviewResponse? Interview, VideoResponse? Video,
    PhotoStoryResponse? PhotoStory = null);
