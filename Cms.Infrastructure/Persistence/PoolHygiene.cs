using Npgsql;

namespace Cms.Infrastructure.Persistence;

/// <summary>
/// Keeps a failed command from breaking a later, innocent one. Npgsql (10.0.3, and its main
/// branch as of 2026-08) prepares a statement automatically on its fifth use on a connection
/// (ConnectionDefaults). If PostgreSQL rejects a parameter value in that very execution (a NUL
/// in text: "invalid byte sequence for encoding UTF8: 0x00", or any other data exception raised
/// while binding), Npgsql has already marked the statement prepared but never received its row
/// description. The connection goes back to the pool looking healthy, and the next request that
/// runs the same SQL on it fails with "Received unexpected backend message DataRow" (seen under
/// a hostile-input run: 29 of 1,977 valid searches answered 500).
/// <para>
/// The API refuses such values at the edge (Cms.Api/Validation/NotText), so this should
/// never fire; it is the backstop for whatever reaches PostgreSQL anyway, on any code path (EF,
/// hand-written SQL, background work). A data exception (SQLSTATE class 22) clears the pools:
/// idle connections are closed and busy ones, the failing one among them, are closed instead of
/// reused when returned, so no connection with a half-prepared statement is handed out again.
/// Observed as first-chance exceptions because no other hook sees every command Npgsql runs.
/// </para>
/// </summary>
public static class PoolHygiene
{
    private static int installed;
    private static long clears;

    /// <summary>How many times a data exception has cleared the pools (tests and diagnostics).</summary>
    public static long Clears => Interlocked.Read(ref clears);

    /// <summary>Watches this process's exceptions; once per process, however often called.</summary>
    public static void Install()
    {
        if (Interlocked.Exchange(ref installed, 1) == 0)
        {
            AppDomain.CurrentDomain.FirstChanceException += (_, args) =>
            {
                if (IsDataException(args.Exception))
                {
                    Interlocked.Increment(ref clears);
                    NpgsqlConnection.ClearAllPools();
                }
            };
        }
    }

    /// <summary>SQLSTATE class 22, the errors PostgreSQL raises for a value it cannot take, binding included.</summary>
    private static bool IsDataException(Exception exception) =>
        exception is PostgresException { SqlState: [ '2', '2', .. ] };
}
