namespace Cms.Domain.Common;

/// <summary>
/// Something whose every write records who made it and when (created_by, updated_by).
/// The persistence layer calls <see cref="RecordWrite"/> on each save, so no endpoint
/// can forget it; <c>null</c> means the system (start-up seeding, imports).
/// </summary>
public interface IAudited
{
    string? CreatedBy { get; }

    string? UpdatedBy { get; }

    void RecordWrite(string? actor, DateTimeOffset now, bool isNew);
}
