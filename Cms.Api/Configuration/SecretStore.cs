using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Cms.Api.Configuration;

/// <summary>
/// Secrets the operator did not configure are generated once and kept as files in the
/// data directory (mode 600), so a restart keeps the same admin password and keeps
/// issued tokens valid. Nothing secret ever lives in the repository.
/// </summary>
public sealed class SecretStore(IOptions<CmsOptions> options)
{
    public string DirectoryPath => Path.GetFullPath(options.Value.DataDirectory);

    public string PathOf(string name) => Path.Combine(DirectoryPath, name);

    /// <summary>Returns the stored secret, creating it with <paramref name="generate"/> if absent.</summary>
    public (string Value, bool Created) GetOrCreate(string name, Func<string> generate)
    {
        var path = PathOf(name);
        if (File.Exists(path))
        {
            return (File.ReadAllText(path).Trim(), false);
        }

        Directory.CreateDirectory(DirectoryPath);
        var value = generate();
        var file = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            file.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var writer = new StreamWriter(path, file))
        {
            writer.Write(value);
        }

        return (value, true);
    }

    public static string RandomToken(int bytes) =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
