namespace Cms.Tests.Support;

/// <summary>/health/ready's "replicas" check: each replica by name (ReplicaHealth.ReadAsync reads it).</summary>
public sealed record ReplicaCheckBody(string Status, string? Description, IReadOnlyDictionary<string, ReplicaStateBody>? Data);

/// <summary>One replica: inRotation, lagging, down or promoted; its lag; why it is out.</summary>
public sealed record ReplicaStateBody(string State, double? LagSeconds, DateTimeOffset? CheckedAt, string? Problem);

public static class ReplicaHealth
{
    /// <summary>/health/ready (always 200 here: a replica out of rotation never makes the instance unready): the overall status and the replicas' check.</summary>
    public static async Task<(string Status, ReplicaCheckBody Replicas)> ReadAsync(CmsApp app)
    {
        using var client = app.Anonymous();
        var response = await client.GetAsync("/health/ready", TestContext.Current.CancellationToken);
        Assert.Equal(200, (int)response.StatusCode);
        var body = await response.JsonAsync();
        return ((string)body["status"]!, body["checks"]!["replicas"]!.As<ReplicaCheckBody>());
    }
}
