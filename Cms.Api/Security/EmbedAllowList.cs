namespace Cms.Api.Security;

/// <summary>
/// Decides whether an iframe may stay in an article: only https players under a configured
/// URL prefix (YouTube, Vimeo by default). Anything else could frame a phishing page or a
/// script-bearing document inside the portal's own articles.
/// </summary>
internal sealed class EmbedAllowList
{
    private readonly IReadOnlyList<Uri> prefixes;

    public EmbedAllowList(IEnumerable<string> sources) =>
        prefixes = sources.Select(ParsePrefix).ToList();

    public bool Allows(string? src)
    {
        if (!Uri.TryCreate(src?.Trim(), UriKind.Absolute, out var uri) || !IsPlainHttps(uri))
        {
            return false;
        }

        // Browsers resolve %2e%2e as "..": a percent sign in the path could climb out of /embed/.
        var path = uri.AbsolutePath;
        return !path.Contains('%', StringComparison.Ordinal)
            && prefixes.Any(p => string.Equals(p.Host, uri.Host, StringComparison.OrdinalIgnoreCase)
                && path.StartsWith(p.AbsolutePath, StringComparison.Ordinal));
    }

    public static bool AreValid(IEnumerable<string> sources) =>
        sources.All(s => Uri.TryCreate(s.Trim(), UriKind.Absolute, out var uri) && IsPlainHttps(uri));

    private static bool IsPlainHttps(Uri uri) =>
        uri.Scheme == Uri.UriSchemeHttps && uri.IsDefaultPort && uri.UserInfo.Length == 0;

    private static Uri ParsePrefix(string source) =>
        Uri.TryCreate(source.Trim(), UriKind.Absolute, out var uri) && IsPlainHttps(uri)
            ? uri
            : throw new InvalidOperationException(
                $"Cms:RichText:AllowedIframeSources: '{source}' is not an https URL prefix such as https://www.youtube.com/embed/.");
}
