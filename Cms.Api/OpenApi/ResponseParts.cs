using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Cms.Api.OpenApi;

/// <summary>
/// Building blocks the operation filters share: an error response with the ProblemDetails body
/// the server really sends (so a generated client can read it as a typed error), and headers.
/// </summary>
internal static class ResponseParts
{
    public const string ProblemJson = "application/problem+json";

    /// <summary>A response whose body is an RFC 9457 problem, as every 4xx and 5xx of this API is.</summary>
    public static OpenApiResponse Problem(string description, OperationFilterContext context) => new()
    {
        Description = description,
        Content = new Dictionary<string, IOpenApiMediaType>
        {
            [ProblemJson] = new OpenApiMediaType { Schema = context.SchemaGenerator.GenerateSchema(typeof(ProblemDetails), context.SchemaRepository) },
        },
    };

    /// <summary>Gives a response a body of ProblemDetails when it was declared without one.</summary>
    public static void EnsureProblemBody(IOpenApiResponse response, OperationFilterContext context)
    {
        if (response is OpenApiResponse concrete && (concrete.Content is null || concrete.Content.Count == 0))
        {
            concrete.Content = Problem(concrete.Description ?? string.Empty, context).Content;
        }
    }

    public static OpenApiHeader Header(string description, JsonSchemaType type = JsonSchemaType.String) => new()
    {
        Description = description,
        Schema = new OpenApiSchema { Type = type },
    };

    public static void AddHeader(IOpenApiResponse response, string name, OpenApiHeader header)
    {
        if (response is OpenApiResponse concrete)
        {
            concrete.Headers ??= new Dictionary<string, IOpenApiHeader>();
            concrete.Headers.TryAdd(name, header);
        }
    }
}
