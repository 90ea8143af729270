namespace Cms.Infrastructure.Replicas;

/// <summary>
/// The replica the current request's reads go to, if any: set around a public read
/// (Cms.Api/Replicas/ReplicaReads) and read when a connection opens (ReadTargetInterceptor).
/// Flows with the request's async calls; everything else (writes, background work) sees null and
/// uses the primary.
/// </summary>
public static class ReadTarget
{
    private static readonly AsyncLocal<Replica?> current = new();

    public static Replica? Current => current.Value;

    /// <summary>Reads under the returned scope go to <paramref name="replica"/> while it stays in rotation.</summary>
    public static Scope Use(Replica replica)
    {
        var previous = current.Value;
        current.Value = replica;
        return new Scope(previous);
    }

    public readonly struct Scope(Replica? previous) : IDisposable
    {
        public void Dispose() => current.Value = previous;
    }
}
