using FluentValidation;
using FluentValidation.Results;

namespace Cms.Api.Validation;

/// <summary>
/// The one rule for U+0000 in text the API receives: refused, as a 400 naming the field.
/// PostgreSQL cannot store it in text or jsonb ("invalid byte sequence for encoding UTF8:
/// 0x00"), no editor types it, and a parameter the server rejects while Npgsql is preparing
/// its statement leaves that pooled connection broken for a later request (see
/// Infrastructure/Persistence/PoolHygiene). So it is stopped at the edge, before any handler
/// runs a query: query, route, header and form values by RequestTextGuard, JSON strings by
/// Json/NulRefusingStringConverter.
/// </summary>
internal static class NulCharacter
{
    public static bool In(string? value) => value is not null && value.Contains('\0', StringComparison.Ordinal);

    public static string MessageFor(string field) => $"{field} must not contain the NUL character (U+0000).";

    public static ValidationException Refusal(string field) => new([new ValidationFailure(field, MessageFor(field))]);
}
