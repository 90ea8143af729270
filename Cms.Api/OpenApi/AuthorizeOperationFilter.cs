using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Cms.Api.OpenApi;

/// <summary>Marks operations that need a token, so Swagger UI sends it and shows the lock.</summary>
internal sealed class AuthorizeOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        if (!metadata.OfType<IAuthorizeData>().Any() || metadata.OfType<IAllowAnonymous>().Any())
        {
            return;
        }

        operation.Security ??= [];
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
        operation.Responses.TryAdd("401", new OpenApiResponse { Description = "No valid bearer token." });
        operation.Responses.TryAdd("403", new OpenApiResponse { Description = "The token's user may not do this." });
    }
}
