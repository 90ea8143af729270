using System.Text.Json;
using System.Text.Json.Serialization;
using Cms.Api.Validation;

namespace Cms.Api.Json;

/// <summary>
/// Every string in a request body goes through here: one holding a character that is not text
/// (<c>"\u0000"</c>, <c>"\uFFFE"</c>; see NotText) is refused. System.Text.Json adds the path of
/// the field to the exception, which the error handler turns into the field's name (JsonErrorField).
/// The others come out composed (NFC, ComposedText), so validators measure what will be stored.
/// </summary>
internal sealed class TextOnlyStringConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var value = reader.GetString();
        return NotText.In(value) ? throw new NotTextInJsonException() : ComposedText.Of(value);
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}

/// <summary>A JSON string held a character that is not text; <see cref="JsonException.Path"/> says where.</summary>
internal sealed class NotTextInJsonException() : JsonException("A string contains a character that is not text.");
