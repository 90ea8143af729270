using System.Data.Common;
using Npgsql;

namespace Cms.Infrastructure.Persistence;

/// <summary>
/// Settings added to the operator's connection string unless it names them itself.
/// Automatic preparation: the delivery API sends the same few queries all day, and
/// PostgreSQL planning them afresh each time cost more than running them (article by slug
/// on a million items: ~540 → ~870 requests/s on 2 cores, bench/run.sh). Behind a pooler
/// in transaction mode without prepared-statement support, set "Max Auto Prepare=0".
/// </summary>
public static class ConnectionDefaults
{
    public const int MaxAutoPrepare = 64;

    private static Known? last;

    public static string Apply(string connectionString)
    {
        // Called for every DbContext; the string rarely changes, so the parse is kept.
        if (last is { } known && string.Equals(known.Given, connectionString, StringComparison.Ordinal))
        {
            return known.Effective;
        }

        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var effective = new NpgsqlConnectionStringBuilder(connectionString);
        if (!given.ContainsKey("Max Auto Prepare") && !given.ContainsKey("MaxAutoPrepare"))
        {
            effective.MaxAutoPrepare = MaxAutoPrepare;
        }

        last = new Known(connectionString, effective.ConnectionString);
        return effective.ConnectionString;
    }

    private sealed record Known(string Given, string Effective);
}
