using System.Reflection;
using System.Text.Json.Nodes;
using Cms.Api.Common;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Cms.Api.OpenApi;

/// <summary>Text fields marked [KnownValues] list the names they take, as an enumeration a client can generate.</summary>
internal sealed class KnownValuesSchemaFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema { Properties.Count: > 0 } concrete)
        {
            return;
        }

        foreach (var (property, name) in CodeFacts.JsonProperties(context.Type))
        {
            if (property.GetCustomAttribute<KnownValuesAttribute>() is { } known
                && concrete.Properties.TryGetValue(name, out var declared)
                && declared is OpenApiSchema field)
            {
                var target = field.Items as OpenApiSchema ?? field;
                target.Enum = known.Values.Select(v => (JsonNode)JsonValue.Create(v)).ToList();
            }
        }
    }
}
