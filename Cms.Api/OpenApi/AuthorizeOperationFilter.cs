using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Cms.Api.OpenApi;

/// <summary>
/// Says for every operation whether it needs a token: Swagger UI sends it and shows the lock,
/// and a generated client knows the 401 and 403 it can get and their ProblemDetails bodies.
/// Operations open to anyone say so (security: [{}]), so none is left undefined.
/// </summary>
internal sealed class AuthorizeOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        operation.Security ??= [];
        if (!metadata.OfType<IAuthorizeData>().Any() || metadata.OfType<IAllowAnonymous>().Any())
        {
            operation.Security.Add(new OpenApiSecurityRequirement()); // {}: no credentials needed
            return;
        }

        operation.Security.Add(new OpenApiSecurityRequirement
        {
            [new OpenApiSecuritySchemeReference("Bearer", context.Document)] = [],
        });
        // Every policy on the endpoint must pass (the group's and its own): the roles admitted
        // are those all of them allow. Shown in the summary line editors read in Swagger UI.
        var roles = metadata.OfType<IAuthorizeData>()
            .Select(a => a.Policy)
            .Where(p => p is not null && Auth.Policies.Roles.ContainsKey(p))
            .Select(p => Auth.Policies.Roles[p!].Select(r => r.ToString()))
            .Aggregate((IEnumerable<string>?)null, (all, next) => all is null ? next : all.Intersect(next))?
            .ToList();
        if (roles is { Count: > 0 })
        {
            var line = $"Roles: {string.Join(", ", roles)}.";
            operation.Description = string.IsNullOrEmpty(operation.Description) ? line : $"{line} {operation.Description}";
        }

        operation.Responses ??= new OpenApiResponses();
        operation.Responses.TryAdd("401", ResponseParts.Problem("No valid bearer token.", context));
        operation.Responses.TryAdd("403", ResponseParts.Problem("The token's user may not do this.", context));
    }
}
