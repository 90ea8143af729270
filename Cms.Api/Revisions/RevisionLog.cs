using System.Text.Json;
using Cms.Api.Articles;
using Cms.Api.Content;
using Cms.Api.Interviews;
using Cms.Api.PhotoStories;
using Cms.Api.Videos;
using Cms.Domain.Articles;
using Cms.Domain.Content;
using Cms.Domain.Interviews;
using Cms.Domain.PhotoStories;
using Cms.Domain.Videos;
using Cms.Infrastructure.Persistence;
using Cms.Infrastructure.Revisions;
using Microsoft.Extensions.Options;
using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Cms.Api.Revisions;

/// <summary>
/// Adds a revision to the save in progress, so the revision and the change it records commit
/// together. Snapshots are the item as its type's request body, in the API's own JSON, so a
/// restore reads them back exactly as a PUT would.
/// </summary>
internal sealed class RevisionLog(CmsDbContext db, IOptions<JsonOptions> json,
    IContentEditor<Article, ArticleRequest> articles, IContentEditor<Interview, InterviewRequest> interviews,
    IContentEditor<Video, VideoRequest> videos, IContentEditor<PhotoStory, PhotoStoryRequest> photoStories)
{
    private JsonSerializerOptions Json => json.Value.SerializerOptions;

    /// <summary>Records the item as it stands after this save.</summary>
    public void Record(ContentItem item, string action, long? restoredFrom = null) =>
        Add(item, action, Serialize(item), item.Title, restoredFrom);

    /// <summary>Records a working copy's content, saved while the item itself stays as it is.</summary>
    public void RecordWorkingCopy<TRequest>(ContentItem item, TRequest copy)
        where TRequest : ContentRequest =>
        Add(item, RevisionActions.DraftSaved, Serialize(copy), copy.Title ?? item.Title, null);

    public string Serialize<TRequest>(TRequest request)
        where TRequest : ContentRequest => JsonSerializer.Serialize(request, Json);

    public TRequest Read<TRequest>(string snapshot)
        where TRequest : ContentRequest =>
        JsonSerializer.Deserialize<TRequest>(snapshot, Json) ?? throw new InvalidOperationException("An empty snapshot.");

    private string Serialize(ContentItem item) => item switch
    {
        Article article => Serialize(articles.Snapshot(article)),
        Interview interview => Serialize(interviews.Snapshot(interview)),
        Video video => Serialize(videos.Snapshot(video)),
        PhotoStory story => Serialize(photoStories.Snapshot(story)),
        _ => throw new ArgumentOutOfRangeException(nameof(item), item.GetType().Name, "Not a content type."),
    };

    private void Add(ContentItem item, string action, string snapshot, string title, long? restoredFrom) =>
        db.ContentRevisions.Add(new ContentRevision
        {
            Content = item, // a new item's id is known only once the save inserts it
            Type = item.Type,
            Action = action,
            Status = item.Status,
            Title = title.Length > 500 ? title[..500] : title,
            Snapshot = snapshot,
            RestoredFrom = restoredFrom,
        });
}
