using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Cms.Api.OpenApi;

/// <summary>
/// Error bodies as the server writes them (Errors/ProblemDetailsSetup): every problem has a
/// type, a title, its status and the traceId to quote to the operator; a validation problem
/// names each field at fault under errors. Declared so a generated client can read them.
/// </summary>
internal sealed class ProblemSchemaFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (!typeof(ProblemDetails).IsAssignableFrom(context.Type) || schema is not OpenApiSchema concrete)
        {
            return;
        }

        concrete.Properties ??= new Dictionary<string, IOpenApiSchema>();
        concrete.Properties["traceId"] = new OpenApiSchema
        {
            Type = JsonSchemaType.String,
            Description = "Identifies the request in the API's logs: quote it when reporting a problem.",
        };
        foreach (var name in new[] { "type", "title", "status" })
        {
            // Always sent, so not nullable: clients need no null checks for them.
            if (concrete.Properties.TryGetValue(name, out var property) && property is OpenApiSchema field)
            {
                field.Type &= ~JsonSchemaType.Null;
            }
        }

        concrete.Required ??= new HashSet<string>();
        foreach (var name in new[] { "type", "title", "status", "traceId" })
        {
            concrete.Required.Add(name);
        }
    }
}
