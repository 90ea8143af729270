using Cms.Api.Auth;
using Cms.Api.Configuration;
using Cms.Infrastructure.Persistence;
using Cms.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cms.Api.Database;

internal static class DatabaseStartup
{
    /// <summary>The command that only migrates: `dotnet Cms.Api.dll migrate`, for a deployment step before the new build starts serving.</summary>
    public const string MigrateCommand = "migrate";

    /// <summary>Applies the migrations this build has and reports what it did; serves nothing.</summary>
    public static async Task<int> MigrateOnlyAsync(this WebApplication app, CancellationToken ct = default)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseStartup));
        var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
        await db.Database.MigrateAsync(ct);
        logger.LogInformation("Applied {Count} migrations{List}", pending.Count, pending.Count == 0 ? " (the database was up to date)" : ": " + string.Join(", ", pending));
        return 0;
    }

    /// <summary>
    /// Before serving: apply committed migrations (unless switched off), make sure the
    /// first admin can sign in, and load the demo content into an empty database.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app, CancellationToken ct = default)
    {
        // Several processes starting at once (replicas, a rolling update) take turns: each finds
        // what the one before it did, so the first admin and the demo content are made once.
        await using var turn = await StartupLock.TakeAsync(app.Configuration.GetConnectionString("Cms"), ct);
        await using var scope = app.Services.CreateAsyncScope();
        var options = scope.ServiceProvider.GetRequiredService<IOptions<CmsOptions>>().Value;
        if (options.Database.MigrateOnStartup)
        {
            await scope.ServiceProvider.GetRequiredService<CmsDbContext>().Database.MigrateAsync(ct);
        }

        await scope.ServiceProvider.GetRequiredService<AdminAccount>().EnsureAsync(ct);
        if (options.DemoContent.Enabled)
        {
            await scope.ServiceProvider.GetRequiredService<DemoContentSeeder>().SeedAsync(ct);
        }
    }
}
