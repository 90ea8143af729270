using System.Data.Common;
using Npgsql;

namespace Cms.Infrastructure.Persistence;

/// <summary>
/// Settings added to the operator's connection string unless it names them itself.
/// <list type="bullet">
/// <item>Automatic preparation: the delivery API sends the same few queries all day, and
/// PostgreSQL planning them afresh each time cost more than running them (bench/README.md,
/// "Figures behind the code"). Behind a pooler
/// in transaction mode without prepared-statement support, set "Max Auto Prepare=0".</item>
/// <item>No reset on close: by default Npgsql sends seven statements (RESET ALL, UNLISTEN *,
/// DISCARD TEMP, ...) each time a pooled connection is reused, a quarter of PostgreSQL's work
/// for an article read. The API leaves no session state behind: its advisory locks and SET
/// LOCALs end with their transaction, it creates no temporary tables, and the LISTEN
/// connection (Caching/ChangeNotificationListener) is unpooled.</item>
/// </list>
/// </summary>
public static class ConnectionDefaults
{
    public const int MaxAutoPrepare = 64;

    /// <summary>Called once per process: the pooled DbContext options are built once.</summary>
    public static string Apply(string connectionString)
    {
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var effective = new NpgsqlConnectionStringBuilder(connectionString);
        if (!given.ContainsKey("Max Auto Prepare") && !given.ContainsKey("MaxAutoPrepare"))
        {
            effective.MaxAutoPrepare = MaxAutoPrepare;
        }

        if (!given.ContainsKey("No Reset On Close") && !given.ContainsKey("NoResetOnClose"))
        {
            effective.NoResetOnClose = true;
        }

        return effective.ConnectionString;
    }
}
