using System.Text.Json;

namespace Cms.Api.Json;

/// <summary>
/// The field a request body's JSON error is about, as the client wrote it ("exchanges[0].answer"
/// for System.Text.Json's "$.exchanges[0].answer"), so the 400 can name it like a validation error.
/// </summary>
internal static class JsonErrorField
{
    /// <summary>
    /// Null when the error is about the document rather than one value: malformed JSON (the
    /// reader's own error, wrapped), or a body of the wrong shape altogether (path "$").
    /// </summary>
    public static string? Of(JsonException error) =>
        error.InnerException is JsonException || error.Path is not { Length: > 2 } path || !path.StartsWith("$.", StringComparison.Ordinal)
            ? null
            : path[2..];
}
