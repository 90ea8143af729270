using System.Data.Common;
using Cms.Infrastructure.Persistence;
using Npgsql;

namespace Cms.Infrastructure.Replicas;

/// <summary>
/// Turns the operator's <c>ConnectionStrings:CmsReplicas</c> into one connection string per
/// replica server. Either form, or both:
/// <list type="bullet">
/// <item>one string naming several hosts, Npgsql's way: <c>Host=replica1,replica2:5433</c>;</item>
/// <item>one string per index: <c>ConnectionStrings__CmsReplicas__0</c>, <c>__1</c>, …</item>
/// </list>
/// Whatever a replica's string leaves out (user, password, database, …) is the primary's, so the
/// password is configured once. Each server becomes its own replica, because each has its own
/// replay position and health (Npgsql's multi-host balancing knows neither).
/// </summary>
public static class ReplicaConnections
{
    /// <summary>How long a replica may take to accept a connection before it counts as down (Npgsql's default is 15 s).</summary>
    public const int DefaultTimeoutSeconds = 3;

    public static IReadOnlyList<ReplicaServer> Expand(string primary, IEnumerable<string?> configured)
    {
        var servers = new List<ReplicaServer>();
        foreach (var text in configured.Where(t => !string.IsNullOrWhiteSpace(t)))
        {
            var given = new DbConnectionStringBuilder { ConnectionString = text };
            var merged = new NpgsqlConnectionStringBuilder(primary)
            {
                // A primary named by several hosts with a target session must not pass that on:
                // each replica string below names one server.
                TargetSessionAttributes = null,
                LoadBalanceHosts = false,
            };
            foreach (string key in given.Keys)
            {
                merged[key] = given[key];
            }

            if (!given.Keys.Cast<string>().Any(k => k.Equals("Timeout", StringComparison.OrdinalIgnoreCase)))
            {
                merged.Timeout = DefaultTimeoutSeconds;
            }

            var hosts = (merged.Host ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (hosts.Length == 0)
            {
                throw new InvalidOperationException("ConnectionStrings:CmsReplicas: a replica's connection string names no Host.");
            }

            foreach (var host in hosts)
            {
                var one = new NpgsqlConnectionStringBuilder(merged.ConnectionString);
                (one.Host, var port) = SplitPort(host);
                one.Port = port ?? merged.Port;
                servers.Add(new ReplicaServer($"{one.Host}:{one.Port}/{one.Database}", ConnectionDefaults.Apply(one.ConnectionString)));
            }
        }

        return servers;
    }

    /// <summary>"replica:5433" → ("replica", 5433); "[::1]:5433" → ("::1", 5433); no port → null.</summary>
    private static (string Host, int? Port) SplitPort(string host)
    {
        var colon = host.LastIndexOf(':');
        var bracketed = host.StartsWith('[');
        if (colon > 0 && (!bracketed || host[colon - 1] == ']') && (bracketed || host.IndexOf(':') == colon)
            && int.TryParse(host[(colon + 1)..], out var port))
        {
            return (host[..colon].Trim('[', ']'), port);
        }

        return (host.Trim('[', ']'), null);
    }
}

/// <summary>One replica server: a name safe to show (no password) and its connection string.</summary>
public sealed record ReplicaServer(string Name, string ConnectionString);
