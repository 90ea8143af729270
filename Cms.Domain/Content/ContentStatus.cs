namespace Cms.Domain.Content;

/// <summary>
/// Where an item stands in the publication workflow. Only <see cref="Published"/>
/// items, and <see cref="Scheduled"/> items whose publish time has passed, are public.
/// </summary>
public enum ContentStatus
{
    Draft,

    /// <summary>An author has submitted it; an editor publishes, schedules or edits it.</summary>
    InReview,
    Scheduled,
    Published,
    Unpublished,
    Archived,
}
