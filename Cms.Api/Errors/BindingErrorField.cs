using System.Text.Json;
using System.Text.RegularExpressions;

namespace Cms.Api.Errors;

/// <summary>
/// The query, route or header value a binding error is about, named as clients write it
/// ("pageSize" for ASP.NET Core's 'Failed to bind parameter "Nullable&lt;int&gt; PageSize" from "abc"'),
/// so every 400 names its field under errors, as the OpenAPI document promises and a
/// generated client reads it. Null for a message of another form: the 400 then names no field.
/// </summary>
internal static partial class BindingErrorField
{
    public static string? Of(BadHttpRequestException error)
    {
        var match = Message().Match(error.Message);
        return match.Success ? JsonNamingPolicy.CamelCase.ConvertName(match.Groups["name"].Value) : null;
    }

    // ASP.NET Core's RequestDelegateFactory messages: the type, if given, then the name.
    [GeneratedRegex("""^(?:Failed to bind parameter|Required parameter) "(?:[^"]* )?(?<name>[A-Za-z_][A-Za-z0-9_]*)" """)]
    private static partial Regex Message();
}
