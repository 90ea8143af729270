using System.Text.Json;
using System.Text.Json.Serialization;
using Cms.Api.Validation;

namespace Cms.Api.Json;

/// <summary>
/// Every string in a request body goes through here: one with a NUL (<c>"\u0000"</c>) is refused
/// (see NulCharacter). System.Text.Json adds the path of the field to the exception, which the
/// error handler turns into the field's name (JsonErrorField).
/// </summary>
internal sealed class NulRefusingStringConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var value = reader.GetString();
        return NulCharacter.In(value) ? throw new NulInJsonException() : value;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}

/// <summary>A JSON string held a NUL; <see cref="JsonException.Path"/> says where.</summary>
internal sealed class NulInJsonException() : JsonException("A string contains the NUL character (U+0000).");
