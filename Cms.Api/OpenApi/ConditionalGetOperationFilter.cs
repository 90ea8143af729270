using Cms.Api.Caching;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Cms.Api.OpenApi;

/// <summary>
/// Public GETs (CachingSetup.PublicResponse) answer with a strong ETag and honour If-None-Match
/// with 304, so an app can revalidate what it holds for the cost of a header: declared here
/// from the same marker that turns the behaviour on.
/// </summary>
internal sealed class ConditionalGetOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (!context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<ConditionalGet>().Any())
        {
            return;
        }

        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = "If-None-Match",
            In = ParameterLocation.Header,
            Description = "The ETag of the copy you hold: 304 with no body while it is still current.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        });
        operation.Responses ??= new OpenApiResponses();
        foreach (var (code, response) in operation.Responses.Where(r => r.Key.StartsWith('2')))
        {
            ResponseParts.AddHeader(response, "ETag", ResponseParts.Header("A strong validator of this answer; send it as If-None-Match to revalidate."));
        }

        var notModified = new OpenApiResponse { Description = "Not Modified: the copy named by If-None-Match is current." };
        ResponseParts.AddHeader(notModified, "ETag", ResponseParts.Header("The current validator (unchanged)."));
        operation.Responses.TryAdd("304", notModified);
    }
}
