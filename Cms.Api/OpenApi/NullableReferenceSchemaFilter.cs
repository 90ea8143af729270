using System.Reflection;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Cms.Api.OpenApi;

/// <summary>
/// A property whose type is another schema and which may be null (an item's coverImage and
/// category) is written as { type, nullable: true, allOf: [ $ref ] }: OpenAPI 3.0 ignores
/// anything beside a bare $ref, so that is the only way to say "this or null", and a generated
/// client then types it as optional instead of failing on the null it receives.
/// </summary>
internal sealed class NullableReferenceSchemaFilter : ISchemaFilter
{
    private static readonly NullabilityInfoContext Nullability = new();

    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema { Properties.Count: > 0 } concrete)
        {
            return;
        }

        foreach (var (property, name) in CodeFacts.JsonProperties(context.Type))
        {
            // A required field (OpenApi/ValidationSchemaFilter) is never null, whatever its C# type.
            if (concrete.Required?.Contains(name) != true
                && concrete.Properties.TryGetValue(name, out var declared)
                && declared is OpenApiSchemaReference { Reference.Id: { } id } reference
                && Nullability.Create(property).ReadState == NullabilityState.Nullable)
            {
                var type = context.SchemaRepository.Schemas.GetValueOrDefault(id)?.Type ?? JsonSchemaType.Object;
                concrete.Properties[name] = new OpenApiSchema
                {
                    Type = type | JsonSchemaType.Null,
                    AllOf = [reference],
                    Description = reference.Description,
                };
            }
        }
    }
}
