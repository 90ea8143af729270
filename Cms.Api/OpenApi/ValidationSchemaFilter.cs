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

        foreach (var (name, property) in concrete.Properties)
        {
            // RuleForEach(x => x.Tags).NotEmpty() demands each tag be non-empty, not that there are tags: AlwaysChecked leaves it out.
            if (!CodeFacts.AlwaysChecked(scopes, context.Type, name).Any(check => check.Validator is INotNullValidator or INotEmptyValidator))
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
}
