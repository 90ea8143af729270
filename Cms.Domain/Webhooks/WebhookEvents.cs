namespace Cms.Domain.Webhooks;

/// <summary>
/// What subscribers hear about: changes to what the public can see. A draft's saves fire
/// nothing; an item becoming public fires published, a save while public updated, leaving
/// the public site (unpublish, archive, back to draft) unpublished, deleting a public item
/// deleted. The database decides (a trigger on content_items), so the scheduler, the API
/// and psql fire the same events.
/// </summary>
public static class WebhookEvents
{
    public const string Published = "content.published";
    public const string Updated = "content.updated";
    public const string Unpublished = "content.unpublished";
    public const string Deleted = "content.deleted";

    public static readonly IReadOnlyList<string> All = [Published, Updated, Unpublished, Deleted];
}
