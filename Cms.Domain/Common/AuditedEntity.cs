namespace Cms.Domain.Common;

/// <summary>
/// The usual audit trail, for entities with nothing special about it: who created the row and
/// when, who changed it last and when. Stamped on every save (<see cref="IAudited"/>).
/// </summary>
public abstract class AuditedEntity : IAudited
{
    public DateTimeOffset? CreatedAt { get; private set; }

    public string? CreatedBy { get; private set; }

    public DateTimeOffset? UpdatedAt { get; private set; }

    public string? UpdatedBy { get; private set; }

    public void RecordWrite(string? actor, DateTimeOffset now, bool isNew)
    {
        if (isNew)
        {
            CreatedAt = Timestamp.Normalize(now);
            CreatedBy = actor;
        }

        UpdatedAt = Timestamp.Normalize(now);
        UpdatedBy = actor;
    }
}
