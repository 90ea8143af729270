namespace Cms.Api.Configuration;

/// <summary>The "Cms:Limits" section: how much a caller may send.</summary>
public sealed class LimitOptions
{
    /// <summary>8 MiB, see <see cref="MaxRequestBodyBytes"/>.</summary>
    public const long DefaultMaxRequestBodyBytes = 8 * 1024 * 1024;

    /// <summary>
    /// The largest request body accepted, in bytes; larger ones get 413 before any work is done.
    /// The largest legitimate request is an article with a 1,000,000-character body: Vietnamese
    /// letters take up to 3 bytes in UTF-8, and a client that escapes non-ASCII in JSON (.NET's
    /// default encoder does) sends 6 bytes ("\u1EBF") per letter, so about 6 MB plus the other
    /// fields. 8 MiB admits that and still stops a flood long before Kestrel's 30 MB default.
    /// </summary>
    public long MaxRequestBodyBytes { get; set; } = DefaultMaxRequestBodyBytes;
}
