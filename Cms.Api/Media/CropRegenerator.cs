using Cms.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cms.Api.Media;

/// <summary>What a run of the regenerate-crops command did.</summary>
public sealed record CropRegeneration(int Assets, int Completed, int AlreadyComplete, int Failed, int FilesMade);

/// <summary>
/// `dotnet Cms.Api.dll media regenerate-crops`: gives every image in the library the renditions
/// and crops it lacks (images uploaded before crops existed), without re-uploading anything.
/// One image at a time, saved as it goes: stopped half way, the next run carries on where it
/// stopped, and a run with nothing to do makes nothing. An image whose original cannot be read
/// is counted and logged, and the others are still done.
/// </summary>
internal sealed class CropRegenerator(CmsDbContext db, RenditionMaker renditions, ILogger<CropRegenerator> logger)
{
    public const string Command = "media";
    public const string SubCommand = "regenerate-crops";

    public async Task<CropRegeneration> RunAsync(CancellationToken ct)
    {
        var ids = await db.MediaAssets.AsNoTracking().OrderBy(a => a.Id).Select(a => a.Id).ToListAsync(ct);
        var (completed, already, failed, files) = (0, 0, 0, 0);
        foreach (var id in ids)
        {
            db.ChangeTracker.Clear();
            if (await db.MediaAssets.FirstOrDefaultAsync(a => a.Id == id, ct) is not { } asset)
            {
                continue; // deleted meanwhile
            }

            try
            {
                var made = await renditions.CompleteAsync(asset, null, [], ct);
                await db.SaveChangesAsync(ct);
                (completed, already, files) = made > 0 ? (completed + 1, already, files + made) : (completed, already + 1, files);
            }
            catch (Exception error) when (error is InvalidOperationException or IOException or DbUpdateException)
            {
                failed++;
                logger.LogWarning(error, "Could not make the crops of image {Id} ({Key})", id, asset.StorageKey);
            }
        }

        return new CropRegeneration(ids.Count, completed, already, failed, files);
    }
}
