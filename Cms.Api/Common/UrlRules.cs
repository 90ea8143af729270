namespace Cms.Api.Common;

internal static class UrlRules
{
    public static bool IsWebUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    /// <summary>Root-relative paths let demo media be served by the API itself; "//host" is not one.</summary>
    public static bool IsWebUrlOrRootPath(string? value) =>
        IsWebUrl(value) || (value is ['/', not '/', ..] && Uri.IsWellFormedUriString(value, UriKind.Relative));
}
