using System.Globalization;
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
        foreach (var description in context.ApiDescription.ParameterDescriptions)
        {
            if (description.ModelMetadata?.ContainerType is not { } container
                || CodeFacts.Parameter(operation, description.Name) is not { Schema: OpenApiSchema schema })
            {
                continue;
            }

            var name = System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(description.Name);
            foreach (var check in CodeFacts.AlwaysChecked(scopes, container, name))
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
