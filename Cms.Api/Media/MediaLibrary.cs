using Cms.Api.Configuration;
using Cms.Domain.Media;
using Cms.Infrastructure.Changes;
using Cms.Infrastructure.Media;
using Cms.Infrastructure.Persistence;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.Extensions.Options;

namespace Cms.Api.Media;

/// <summary>
/// Takes an upload into the library: checks it is an image we accept from its bytes and its
/// size, makes the renditions, stores the files, then the row. Files are written before the
/// row, so the library never lists an image it cannot serve; if anything fails, the files
/// written are removed and nothing is left behind.
/// </summary>
internal sealed class MediaLibrary(CmsDbContext db, IMediaStore store, RenditionMaker renditions, IOptions<CmsOptions> options, TimeProvider clock,
    ILogger<MediaLibrary> logger)
{
    public async Task<MediaAsset> AddAsync(IFormFile file, string? caption, string? alt, CancellationToken ct)
    {
        var limits = options.Value.Media;
        if (file.Length > limits.MaxUploadBytes)
        {
            throw new BadHttpRequestException($"An image may have at most {limits.MaxUploadBytes} bytes; this one has {file.Length}.", StatusCodes.Status413PayloadTooLarge);
        }

        if (file.Length == 0)
        {
            throw Invalid("The file is empty.");
        }

        var bytes = new byte[file.Length];
        await using (var source = file.OpenReadStream())
        {
            await source.ReadExactlyAsync(bytes, ct);
        }

        var image = ImageProcessor.Inspect(bytes) ?? throw new BadHttpRequestException(
            "The file is not a JPEG, PNG, GIF or WebP image (its content was checked, not its name or declared type).", StatusCodes.Status415UnsupportedMediaType);
        if ((long)image.Width * image.Height > limits.MaxPixels)
        {
            throw Invalid($"The image has {image.Width}×{image.Height} pixels; at most {limits.MaxPixels} in all are accepted.");
        }

        if (!ImageProcessor.Decodes(bytes))
        {
            throw Invalid("The image is damaged: it could not be decoded.");
        }

        var key = MediaKeys.NewOriginal(clock.GetUtcNow(), image.Extension);
        var written = new List<string>();
        try
        {
            await WriteAsync(key, bytes, written, ct);
            var asset = new MediaAsset(key, FileNameOf(file), image.ContentType, image.Width, image.Height, bytes.Length, [], caption, alt);
            await renditions.CompleteAsync(asset, bytes, written, ct);
            db.MediaAssets.Add(asset);
            await db.SaveChangesAsync(ct);
            return asset;
        }
        catch
        {
            await RemoveAsync(written);
            throw;
        }
    }

    /// <summary>
    /// Moves the focal point and makes the crops for it. Old crops' files stay (pages rendered
    /// before still name them); the new files are removed again if the row cannot be saved.
    /// </summary>
    public async Task RefocusAsync(MediaAsset asset, double x, double y, CancellationToken ct)
    {
        asset.MoveFocalPoint(x, y);
        var written = new List<string>();
        try
        {
            await renditions.CompleteAsync(asset, null, written, ct);
            // The items showing it deliver other crops now: logged as changed with the move, so
            // apps and the site builder rewrite them (the cached responses go by a trigger).
            await db.InTransactionAsync(async cancel =>
            {
                await db.SaveChangesAsync(acceptAllChangesOnSuccess: false, cancel);
                await DerivedChanges.ItemsShowingAsync(db, MediaEndpoints.UrlOf(MediaKeys.Stem(asset.StorageKey)), cancel);
            }, ct);
            db.ChangeTracker.AcceptAllChanges();
        }
        catch
        {
            await RemoveAsync(written);
            throw;
        }
    }

    /// <summary>Removes an asset's files once its row is gone; a file that will not go is logged, not fatal.</summary>
    public Task RemoveFilesAsync(MediaAsset asset) => RemoveAsync([asset.StorageKey, .. asset.Renditions.Select(r => r.StorageKey)]);

    private async Task WriteAsync(string key, byte[] bytes, List<string> written, CancellationToken ct)
    {
        written.Add(key);
        await store.WriteAsync(key, bytes, ct);
    }

    private async Task RemoveAsync(IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            try
            {
                await store.DeleteAsync(key, CancellationToken.None);
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                logger.LogWarning(error, "Could not remove media file {Key}", key);
            }
        }
    }

    private static string FileNameOf(IFormFile file)
    {
        var name = Path.GetFileName(file.FileName ?? string.Empty).Trim();
        name = string.IsNullOrEmpty(name) ? "image" : name;
        return name.Length > 255 ? name[^255..] : name;
    }

    private static ValidationException Invalid(string message) => new([new ValidationFailure("file", message)]);
}
