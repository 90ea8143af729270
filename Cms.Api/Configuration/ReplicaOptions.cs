namespace Cms.Api.Configuration;

/// <summary>Read replicas (Cms:Replicas); the servers themselves are ConnectionStrings:CmsReplicas.</summary>
public sealed class ReplicaOptions
{
    /// <summary>A replica whose replay is further behind the primary than this takes no reads until it catches up.</summary>
    public TimeSpan MaxLag { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How often each instance checks every replica (answers, still a standby, how far behind).</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromSeconds(1);
}
