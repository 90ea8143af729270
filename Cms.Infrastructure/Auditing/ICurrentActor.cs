namespace Cms.Infrastructure.Auditing;

/// <summary>
/// Who is making the current change, for created_by/updated_by. The API supplies the
/// signed-in user; without one (start-up seeding, background work) it is the system: null.
/// </summary>
public interface ICurrentActor
{
    string? UserName { get; }
}

/// <summary>No user: background work and tools.</summary>
internal sealed class SystemActor : ICurrentActor
{
    public string? UserName => null;
}
