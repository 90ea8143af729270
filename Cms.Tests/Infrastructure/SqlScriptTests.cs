using System.Text.RegularExpressions;
using Cms.Infrastructure.Persistence.Sql;
using Cms.Tests.Support;
using Npgsql;

namespace Cms.Tests.Infrastructure;

/// <summary>
/// The database's own functions and triggers are the .sql files in Persistence/Sql (SqlScripts):
/// each applied by a migration, none written inside one, and nothing else in a migrated database.
/// </summary>
public sealed partial class SqlScriptTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_migrated_database_holds_exactly_the_functions_and_triggers_the_scripts_create()
    {
        var scripts = SqlScripts.Names.Select(SqlScripts.Read).ToList();
        var functions = scripts.SelectMany(s => CreatedFunction().Matches(s)).Select(m => m.Groups[1].Value).Order().ToList();
        var triggers = scripts.SelectMany(s => CreatedTrigger().Matches(s)).Select(m => m.Groups[1].Value).Order().ToList();
        Assert.Contains("cms_webhook_outbox", functions);
        Assert.Contains("content_items_changed", triggers);

        var server = await PostgresServer.GetAsync();
        await using var db = new NpgsqlConnection(await server.CreateDatabaseAsync("sql_scripts"));
        await db.OpenAsync(Ct);
        // Functions of this database's own schema (not an extension's, e.g. unaccent's).
        Assert.Equal(functions, await NamesAsync(db, """
            SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
            WHERE n.nspname = 'public'
              AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
            ORDER BY 1
            """));
        // Triggers a script made (not those PostgreSQL makes for foreign keys).
        Assert.Equal(triggers, await NamesAsync(db, "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal ORDER BY 1"));
    }

    [Fact]
    public void Every_script_is_applied_by_a_migration_and_no_migration_writes_its_own()
    {
        var applied = new List<string>();
        var inline = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Repository.PathOf("Cms.Infrastructure", "Persistence", "Migrations"), "*.cs"))
        {
            var source = File.ReadAllText(file);
            applied.AddRange(AppliedScript().Matches(source).Select(m => m.Groups[1].Value));
            if (CreatedFunction().IsMatch(source) || CreatedTrigger().IsMatch(source))
            {
                inline.Add(Path.GetFileName(file));
            }
        }

        Assert.Equal(SqlScripts.Names.Order(), applied.Order()); // each once
        Assert.True(inline.Count == 0, "Put functions and triggers in Persistence/Sql/*.sql, applied with SqlScripts.Read: " + string.Join(", ", inline));
    }

    [Fact]
    public void The_api_writes_no_sql_of_its_own()
    {
        var written = Repository.SourceLines("Cms.Api").Where(l => SqlInCode().IsMatch(l.Text)).Select(l => $"{l.Place}: {l.Text.Trim()}").ToList();
        Assert.True(written.Count == 0, "SQL lives in Cms.Infrastructure, in a query class named for what it answers:\n" + string.Join('\n', written));
    }

    [Fact]
    public void The_guard_sees_sql_written_in_code()
    {
        Assert.Matches(SqlInCode(), "var sql = \"SELECT id FROM tags WHERE slug = $1\";");
        Assert.Matches(SqlInCode(), "    UPDATE content_items SET status = 'Published'");
        Assert.Matches(SqlInCode(), "db.Database.ExecuteSqlAsync($\"DELETE FROM tags WHERE id = {id}\")");
        Assert.Matches(SqlInCode(), "db.ContentItems.FromSql($\"...\")");
        Assert.Matches(SqlInCode(), "new NpgsqlCommand(\"LISTEN cms_content\", connection)");
        Assert.DoesNotMatch(SqlInCode(), "/// Due rows are taken with FOR UPDATE SKIP LOCKED");
        Assert.DoesNotMatch(SqlInCode(), "var (changed, more) = await reader.ReadAsync(position, limit, ct);");
    }

    private static async Task<List<string>> NamesAsync(NpgsqlConnection db, string sql)
    {
        await using var command = new NpgsqlCommand(sql, db);
        await using var reader = await command.ExecuteReaderAsync(Ct);
        var names = new List<string>();
        while (await reader.ReadAsync(Ct))
        {
            names.Add(reader.GetString(0));
        }

        // The same order as the scripts' names (ordinal, not the database's collation).
        return names.Order().ToList();
    }

    [GeneratedRegex(@"CREATE\s+(?:OR\s+REPLACE\s+)?FUNCTION\s+(\w+)", RegexOptions.IgnoreCase)]
    private static partial Regex CreatedFunction();

    [GeneratedRegex(@"CREATE\s+TRIGGER\s+(\w+)", RegexOptions.IgnoreCase)]
    private static partial Regex CreatedTrigger();

    /// <summary>
    /// A statement in a string ("SELECT …", "INSERT INTO …", "UPDATE t SET", "DELETE FROM", LISTEN),
    /// or EF's and Npgsql's ways of running one.
    /// </summary>
    [GeneratedRegex(@"""[^""]*\b(SELECT|INSERT\s+INTO|DELETE\s+FROM|LISTEN)\b|^\s*(SELECT|INSERT\s+INTO|DELETE\s+FROM|WITH)\s|\bUPDATE\s+\w+\s+SET\b|\b(FromSql\w*|ExecuteSql\w*|SqlQuery\w*)\(|\bNpgsqlCommand\b")]
    private static partial Regex SqlInCode();

    [GeneratedRegex(@"SqlScripts\.Read\(""([^""]+)""\)")]
    private static partial Regex AppliedScript();
}
