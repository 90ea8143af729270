using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Cms.Api.OpenApi;

/// <summary>
/// Every 429 of this API carries Retry-After (Security/RateLimits, the sign-in lockout): a
/// client should wait that many seconds. Declared for each rate-limited operation, from the
/// endpoint's own limiter metadata, and on any 429 an endpoint declares itself.
/// </summary>
internal sealed class RateLimitOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        operation.Responses ??= new OpenApiResponses();
        if (context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<EnableRateLimitingAttribute>().Any())
        {
            operation.Responses.TryAdd("429", ResponseParts.Problem("Too many requests: wait for Retry-After seconds.", context));
        }

        if (operation.Responses.TryGetValue("429", out var tooMany))
        {
            ResponseParts.EnsureProblemBody(tooMany, context);
            ResponseParts.AddHeader(tooMany, "Retry-After", ResponseParts.Header("Seconds to wait before trying again.", JsonSchemaType.Integer));
        }
    }
}
