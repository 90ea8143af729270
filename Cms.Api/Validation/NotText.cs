using System.Buffers;
using FluentValidation;
using FluentValidation.Results;

namespace Cms.Api.Validation;

/// <summary>
/// The one rule for characters that are never text, in anything the API receives: refused, as a
/// 400 naming the field.
/// <list type="bullet">
/// <item>U+0000 (NUL): PostgreSQL cannot store it in text or jsonb ("invalid byte sequence for
/// encoding UTF8: 0x00"), and a parameter the server rejects while Npgsql is preparing its
/// statement left that pooled connection broken for a later request (Infrastructure/Persistence/PoolHygiene).</item>
/// <item>U+FFFE, U+FFFF and half of a surrogate pair: not characters at all (U+FFFE is a byte
/// order mark read the wrong way round), and .NET's Unicode normalization, which all stored text
/// goes through (Domain/Common/Text), throws on them.</item>
/// </list>
/// No editor types them, so they are stopped at the edge, before any handler runs: query, route,
/// header and form values by RequestTextGuard, JSON strings by Json/TextOnlyStringConverter.
/// </summary>
internal static class NotText
{
    private static readonly SearchValues<char> NeverText = SearchValues.Create("\0\uFFFE\uFFFF");

    public static bool In(string? value)
    {
        if (value is null)
        {
            return false;
        }

        var text = value.AsSpan();
        if (text.ContainsAny(NeverText))
        {
            return true;
        }

        // Surrogates are fine in pairs (emoji, rare CJK); the search is vectorized, the check rarely runs.
        var first = text.IndexOfAnyInRange('\uD800', '\uDFFF');
        return first >= 0 && HasUnpairedSurrogate(text[first..]);
    }

    public static string MessageFor(string field) =>
        $"{field} contains a character that is not text: NUL (U+0000), U+FFFE, U+FFFF or half of a surrogate pair.";

    public static ValidationException Refusal(string field) => new([new ValidationFailure(field, MessageFor(field))]);

    private static bool HasUnpairedSurrogate(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }
}
