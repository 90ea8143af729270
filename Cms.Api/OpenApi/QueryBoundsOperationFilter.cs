using System.Globalization;
using FluentValidation;
using FluentValidation.Validators;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Cms.Api.OpenApi;

/// <summary>
/// The bounds of a numeric query value (limit 1–1000, page ≥ 1), read from the validator of the
/// query record it is bound from ([AsParameters] ChangesQuery and the like): the rule that
/// answers 400 outside them is the one the document shows, so the two cannot drift apart.
/// </summary>
internal sealed class QueryBoundsOperationFilter(IServiceScopeFactory scopes) : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        using var scope = scopes.CreateScope();
        foreach (var description in context.ApiDescription.ParameterDescriptions)
        {
            if (description.ModelMetadata?.ContainerType is not { } container
                || scope.ServiceProvider.GetService(typeof(IValidator<>).MakeGenericType(container)) is not IValidator validator
                || operation.Parameters?.OfType<OpenApiParameter>().FirstOrDefault(p => string.Equals(p.Name, description.Name, StringComparison.OrdinalIgnoreCase)) is not { Schema: OpenApiSchema schema })
            {
                continue;
            }

            // Rules are named as clients write the parameter (camelCase), like the schema.
            var name = System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(description.Name);
            foreach (var check in validator.CreateDescriptor().GetRulesForMember(name).SelectMany(r => r.Components).Where(c => !c.HasCondition && !c.HasAsyncCondition))
            {
                switch (check.Validator)
                {
                    case IBetweenValidator between:
                        schema.Minimum = Text(between.From);
                        schema.Maximum = Text(between.To);
                        break;
                    case IComparisonValidator { Comparison: Comparison.GreaterThanOrEqual, ValueToCompare: { } minimum }:
                        schema.Minimum = Text(minimum);
                        break;
                    case IComparisonValidator { Comparison: Comparison.LessThanOrEqual, ValueToCompare: { } maximum }:
                        schema.Maximum = Text(maximum);
                        break;
                }
            }
        }
    }

    private static string? Text(object? value) => Convert.ToString(value, CultureInfo.InvariantCulture);
}
