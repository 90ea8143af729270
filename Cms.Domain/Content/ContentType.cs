namespace Cms.Domain.Content;

/// <summary>The kinds of content the portal publishes. All share one id space.</summary>
public enum ContentType
{
    Article,
    Interview,
    Video,
    PhotoStory,
}
