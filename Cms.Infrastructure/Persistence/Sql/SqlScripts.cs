namespace Cms.Infrastructure.Persistence.Sql;

/// <summary>
/// The functions and triggers the database runs by itself (the change log, NOTIFY, the webhook
/// outbox, the tag links' copies, search's folding), kept as the <c>.sql</c> files beside this
/// one so they can be read and diffed as code. Each file is applied by the one migration that
/// names it: a migration is history, so to change a function, add a file with
/// <c>CREATE OR REPLACE</c> and a migration that applies it; editing an applied file changes
/// no database already migrated (SqlScriptTests holds the files, the migrations and a migrated
/// database to each other).
/// </summary>
public static class SqlScripts
{
    /// <summary>The resources' names as the project file gives them (LogicalName).</summary>
    private const string ResourcePrefix = "Sql/";

    /// <summary>The text of <c>Persistence/Sql/<paramref name="name"/></c> ("ChangeLog.sql").</summary>
    public static string Read(string name)
    {
        using var stream = typeof(SqlScripts).Assembly.GetManifestResourceStream(ResourcePrefix + name)
            ?? throw new InvalidOperationException($"No SQL script {name} in Persistence/Sql (is it an EmbeddedResource?)");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The names of every script, as <see cref="Read"/> takes them.</summary>
    public static IEnumerable<string> Names =>
        typeof(SqlScripts).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal))
            .Select(n => n[ResourcePrefix.Length..]);
}
