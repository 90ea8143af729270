using Cms.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cms.Api.Media;

/// <summary>Runs <see cref="CropRegenerator"/> from the command line and reports what it did; serves nothing.</summary>
internal static class CropRegenerationCommand
{
    public static bool IsRequested(string[] args) => args is [CropRegenerator.Command, CropRegenerator.SubCommand, ..];

    public static async Task<int> RegenerateCropsAsync(this WebApplication app, CancellationToken ct = default)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(CropRegenerationCommand));
        var pending = await scope.ServiceProvider.GetRequiredService<CmsDbContext>().Database.GetPendingMigrationsAsync(ct);
        if (pending.Any())
        {
            logger.LogError("The database lacks migrations ({List}): run `dotnet Cms.Api.dll migrate` first", string.Join(", ", pending));
            return 2;
        }

        var run = await scope.ServiceProvider.GetRequiredService<CropRegenerator>().RunAsync(ct);
        Console.WriteLine($"Images: {run.Assets}; given their crops: {run.Completed} ({run.FilesMade} files); already complete: {run.AlreadyComplete}; failed: {run.Failed}");
        return run.Failed == 0 ? 0 : 1;
    }
}
