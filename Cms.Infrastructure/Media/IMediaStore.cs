namespace Cms.Infrastructure.Media;

/// <summary>
/// Where media files live. <see cref="DiskMediaStore"/> keeps them under a folder; an
/// S3-compatible store is a class implementing this (register it instead, see README "Media").
/// Keys are made by <see cref="MediaKeys"/> only, so they are safe as paths and object names.
/// </summary>
public interface IMediaStore
{
    /// <summary>Stores the bytes under the key; a key is written once and never changes.</summary>
    Task WriteAsync(string key, ReadOnlyMemory<byte> content, CancellationToken ct);

    /// <summary>The file, or null when there is none.</summary>
    Task<Stream?> OpenReadAsync(string key, CancellationToken ct);

    Task DeleteAsync(string key, CancellationToken ct);
}
