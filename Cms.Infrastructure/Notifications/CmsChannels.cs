namespace Cms.Infrastructure.Notifications;

/// <summary>
/// PostgreSQL NOTIFY channels every API instance LISTENs on, so a change made through one
/// instance (or psql) reaches the caches of all of them. Notifications are sent inside the
/// writing transaction, and PostgreSQL delivers them only once it commits.
/// </summary>
public static class CmsChannels
{
    /// <summary>Public content, sections or tags changed (sent by triggers).</summary>
    public const string Content = "cms_content";

    /// <summary>View counts changed (sent with each counter batch).</summary>
    public const string Views = "cms_views";

    /// <summary>An item's edit lock changed hands; the payload is its id (sent by a trigger).</summary>
    public const string EditLocks = "cms_edit_locks";

    /// <summary>A live Q&amp;A session changed or one of its questions was answered; the payload is the interview's id (sent by a trigger).</summary>
    public const string LiveQa = "cms_live_qa";
}
