using FluentValidation;
using FluentValidation.Internal;
using FluentValidation.Validators;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Cms.Api.OpenApi;

/// <summary>
/// A request body's required fields, read from its FluentValidation validator (the rule that
/// refuses the request without them), so the document cannot drift from the 400 a client gets:
/// a field with an unconditional NotNull or NotEmpty rule is required and not nullable.
/// </summary>
internal sealed class ValidationSchemaFilter(IServiceScopeFactory scopes) : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema { Properties.Count: > 0 } concrete)
        {
            return;
        }

        using var scope = scopes.CreateScope();
        if (scope.ServiceProvider.GetService(typeof(IValidator<>).MakeGenericType(context.Type)) is not IValidator validator)
        {
            return;
        }

        var descriptor = validator.CreateDescriptor();
        foreach (var (name, property) in concrete.Properties)
        {
            // Rules are named as the JSON is (Validation/ValidationExtensions sets the resolver).
            if (!descriptor.GetRulesForMember(name).Where(rule => !IsPerElement(rule)).SelectMany(rule => rule.Components).Any(AlwaysDemandsAValue))
            {
                continue;
            }

            concrete.Required ??= new HashSet<string>();
            concrete.Required.Add(name);
            if (property is OpenApiSchema field)
            {
                field.Type &= ~JsonSchemaType.Null;
            }
        }
    }

    // A When() on the rule is a condition on each of its components, so the component's own flags say it all.
    private static bool AlwaysDemandsAValue(IRuleComponent check) =>
        check.Validator is INotNullValidator or INotEmptyValidator && !check.HasCondition && !check.HasAsyncCondition;

    // RuleForEach(x => x.Tags).NotEmpty() demands each tag be non-empty, not that there are tags.
    private static bool IsPerElement(IValidationRule rule) =>
        rule.GetType().GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollectionRule<,>));
}
