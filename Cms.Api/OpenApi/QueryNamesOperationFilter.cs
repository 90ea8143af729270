using System.Text.Json;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Cms.Api.OpenApi;

/// <summary>
/// Query parameters bound from a record ([AsParameters] ContentListQuery and the like) are
/// documented under their C# names (Q, PageSize); binding ignores case, and the API, its
/// README and its clients all write them as JSON does (q, pageSize), so Swagger and the
/// clients generated from it should too.
/// </summary>
internal sealed class QueryNamesOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            if (parameter.In == ParameterLocation.Query && parameter.Name is { } name)
            {
                parameter.Name = JsonNamingPolicy.CamelCase.ConvertName(name);
            }
        }
    }
}
