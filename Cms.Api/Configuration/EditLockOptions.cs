namespace Cms.Api.Configuration;

/// <summary>Edit locks (Cms:EditLocks): how long one lasts without its editor's heartbeat.</summary>
public sealed class EditLockOptions
{
    /// <summary>
    /// A lock lapses this long after its last heartbeat: an editor closed without letting go
    /// frees the item a minute later. The admin UI beats every 20 seconds, so two missed beats
    /// (a slow network) do not lose it.
    /// </summary>
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromMinutes(1);
}
