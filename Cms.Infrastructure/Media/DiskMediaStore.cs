namespace Cms.Infrastructure.Media;

/// <summary>Media files in a folder (Cms:Media:Root), one file per key, written whole or not at all.</summary>
public sealed class DiskMediaStore(string root) : IMediaStore
{
    public async Task WriteAsync(string key, ReadOnlyMemory<byte> content, CancellationToken ct)
    {
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // Written beside, then moved: a reader never sees half a file, a crash leaves no torn one.
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        await File.WriteAllBytesAsync(temporary, content.ToArray(), ct);
        File.Move(temporary, path, overwrite: true);
    }

    public Task<Stream?> OpenReadAsync(string key, CancellationToken ct)
    {
        var path = PathOf(key);
        return Task.FromResult<Stream?>(File.Exists(path)
            ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true)
            : null);
    }

    public Task DeleteAsync(string key, CancellationToken ct)
    {
        File.Delete(PathOf(key));
        return Task.CompletedTask;
    }

    private string PathOf(string key) =>
        MediaKeys.IsValid(key) ? Path.Combine(root, key) : throw new ArgumentException($"'{key}' is not a media key.", nameof(key));
}
