using System.Reflection;
using Cms.Api.Common;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Cms.Api.OpenApi;

/// <summary>Query parameters marked [EnumValues] are documented as the enumeration they take, not as any string.</summary>
internal sealed class EnumValuesOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        foreach (var description in context.ApiDescription.ParameterDescriptions)
        {
            var marked = description.ParameterInfo()?.GetCustomAttribute<EnumValuesAttribute>()
                ?? description.PropertyInfo()?.GetCustomAttribute<EnumValuesAttribute>();
            var parameter = CodeFacts.Parameter(operation, description.Name);
            if (marked is not null && parameter is not null)
            {
                parameter.Schema = context.SchemaGenerator.GenerateSchema(marked.EnumType, context.SchemaRepository);
            }
        }
    }
}
