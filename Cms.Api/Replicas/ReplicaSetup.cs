namespace Cms.Api.Replicas;

/// <summary>
/// Read replicas: which configuration names them, which endpoints may read from them, and the
/// services that watch them. With none configured, nothing here does anything and every read
/// is on the primary.
/// </summary>
internal static class ReplicaSetup
{
    public const string ConnectionName = "CmsReplicas";

    /// <summary>ConnectionStrings:CmsReplicas itself and its indexed children (…:0, …:1), in that order.</summary>
    public static IEnumerable<string?> Configured(IConfiguration configuration)
    {
        var section = configuration.GetSection("ConnectionStrings").GetSection(ConnectionName);
        return new[] { section.Value }.Concat(section.GetChildren().OrderBy(c => int.TryParse(c.Key, out var i) ? i : int.MaxValue).Select(c => c.Value));
    }

    public static IServiceCollection AddReadReplicas(this IServiceCollection services)
    {
        services.AddHostedService<ReplicaMonitor>();
        return services;
    }

    /// <summary>
    /// Marks a public delivery GET whose reads may go to a replica. Only those: management reads
    /// must see what the editor just saved, and counters, sign-in, the scheduler, webhooks and the
    /// changes feed (which reads the primary's transaction horizon) stay on the primary.
    /// </summary>
    public static RouteHandlerBuilder ReadsFromReplica(this RouteHandlerBuilder endpoint) => endpoint.WithMetadata(ReplicaReadable.Marker);

    /// <summary>After the output cache: only a request the cache cannot answer reads the database.</summary>
    public static IApplicationBuilder UseReplicaReads(this IApplicationBuilder app) => app.UseMiddleware<ReplicaReads>();
}

/// <summary>Endpoint metadata: the endpoint's reads may go to a replica.</summary>
internal sealed class ReplicaReadable
{
    public static readonly ReplicaReadable Marker = new();
}
