using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Cms.Infrastructure.Persistence;

/// <summary>
/// The owned JSON columns (a cover, an interviewee, the exchanges, a video's source) read back
/// into the domain's own value objects by hand-written SQL, as EF Core reads them: property names
/// as in C#, enums by name, and through the objects' private constructors and setters (the domain
/// keeps its public constructors for values an editor gives, which they clean and check).
/// </summary>
public static class StoredJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        Converters = { new JsonStringEnumConverter() },
        TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { ThroughPrivateMembers } },
    };

    public static T? Read<T>(string json)
        where T : class =>
        JsonSerializer.Deserialize<T>(json, Options);

    private static void ThroughPrivateMembers(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object || info.Type.Namespace?.StartsWith("Cms.Domain", StringComparison.Ordinal) != true)
        {
            return;
        }

        if (info.CreateObject is null && info.Type.GetConstructor(BindingFlags.Instance | BindingFlags.NonPublic, Type.EmptyTypes) is { } constructor)
        {
            info.CreateObject = () => constructor.Invoke(null);
        }

        foreach (var property in info.Properties)
        {
            if (property.Set is null && property.AttributeProvider is PropertyInfo { SetMethod: { } setter })
            {
                property.Set = (target, value) => setter.Invoke(target, [value]);
            }
        }
    }
}
