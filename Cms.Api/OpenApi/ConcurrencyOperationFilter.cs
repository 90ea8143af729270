using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Cms.Api.OpenApi;

/// <summary>
/// Optimistic concurrency, as a client needs it spelled out: the version of what it read comes
/// back as the ETag of the answer (every answer whose body has a version, and those marked
/// Common.VersionETag), goes out as If-Match,
/// and a stale one is a 412. If-Match is required exactly where the endpoint declares the 428
/// that refuses a write without it; a 201 says where the new resource is (Location).
/// </summary>
internal sealed class ConcurrencyOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        operation.Responses ??= new OpenApiResponses();
        if (operation.Parameters?.OfType<OpenApiParameter>().FirstOrDefault(p => p.In == ParameterLocation.Header && p.Name == "If-Match") is { } ifMatch)
        {
            var required = operation.Responses.ContainsKey("428");
            ifMatch.Required = required;
            ifMatch.Description = (required ? "Required. " : "Optional. ")
                + "The ETag (version) of the copy you changed, as read from a GET or the last write; * to overwrite whatever is current. A stale one is a 412 and changes nothing.";
            operation.Responses.TryAdd("412", ResponseParts.Problem("Precondition Failed: someone saved a newer version since yours; reload it.", context));
            if (operation.Responses.TryGetValue("428", out var missing))
            {
                ResponseParts.EnsureProblemBody(missing, context);
            }
        }

        var marked = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<Common.VersionETag>().Any();
        foreach (var (code, response) in operation.Responses.Where(r => r.Key.StartsWith('2')))
        {
            if (marked || CarriesVersion(response, context))
            {
                ResponseParts.AddHeader(response, "ETag", ResponseParts.Header("The version of this answer's resource: send it as If-Match to change it."));
            }

            if (code == "201")
            {
                ResponseParts.AddHeader(response, "Location", ResponseParts.Header("Where the new resource is (root-relative)."));
            }
        }
    }

    private static bool CarriesVersion(IOpenApiResponse response, OperationFilterContext context)
    {
        var schema = response.Content?.Values.FirstOrDefault()?.Schema;
        if (schema is OpenApiSchemaReference reference && reference.Reference.Id is { } id)
        {
            schema = context.SchemaRepository.Schemas.GetValueOrDefault(id);
        }

        return schema?.Properties?.ContainsKey("version") == true;
    }
}
