using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;
using FluentValidation;
using FluentValidation.Internal;

namespace Cms.Api.Validation;

internal static class ValidationExtensions
{
    /// <summary>Validates the endpoint's <typeparamref name="T"/> argument and documents the 400 it may answer.</summary>
    public static RouteHandlerBuilder Validate<T>(this RouteHandlerBuilder builder) =>
        builder.AddEndpointFilter<ValidationFilter<T>>().ProducesValidationProblem();

    public static IServiceCollection AddCmsValidation(this IServiceCollection services)
    {
        // Error keys must match the JSON the client sent: "exchanges[0].question", not "Exchanges[0].Question".
        ValidatorOptions.Global.PropertyNameResolver = CamelCase;
        ValidatorOptions.Global.DisplayNameResolver = (_, member, expression) => CamelCase(null!, member, expression);
        services.AddValidatorsFromAssemblyContaining<Program>(includeInternalTypes: true);
        return services;
    }

    private static string? CamelCase(Type type, MemberInfo? member, LambdaExpression? expression)
    {
        if (expression is not null)
        {
            var chain = PropertyChain.FromExpression(expression);
            if (chain.Count > 0)
            {
                return string.Join('.', chain.ToString().Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));
            }
        }

        return member is null ? null : JsonNamingPolicy.CamelCase.ConvertName(member.Name);
    }
}
