using System.Text.Json;
using FluentValidation;
using FluentValidation.Results;

namespace Cms.Api.Common;

/// <summary>
/// Enum values in query strings are read the way the JSON shows them ("draft",
/// "video"), case-insensitively; an unknown value is a 400 on that parameter.
/// </summary>
internal static class EnumQuery
{
    public static T? Parse<T>(string? value, string parameter)
        where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !char.IsAsciiDigit(value[0]))
        {
            return parsed;
        }

        var allowed = string.Join(", ", Enum.GetNames<T>().Select(JsonNamingPolicy.CamelCase.ConvertName));
        throw new ValidationException([new ValidationFailure(parameter, $"'{value}' is not one of: {allowed}.")]);
    }
}
