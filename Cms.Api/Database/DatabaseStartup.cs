using Cms.Api.Auth;
using Cms.Api.Configuration;
using Cms.Infrastructure.Persistence;
using Cms.Infrastructure.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cms.Api.Database;

internal static class DatabaseStartup
{
    /// <summary>
    /// Before serving: apply committed migrations (unless switched off), make sure the
    /// first admin can sign in, and load the demo content into an empty database.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app, CancellationToken ct = default)
    {
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
