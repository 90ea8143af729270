using System.Reflection;
using System.Text.Json;
using FluentValidation;
using FluentValidation.Internal;
using Microsoft.OpenApi;

namespace Cms.Api.OpenApi;

/// <summary>
/// What the filters read from the API's own code, found one way for all of them: a type's
/// properties by their JSON names, an operation's parameter by name, and the checks a
/// validator always makes on a member (the ones the document may promise).
/// </summary>
internal static class CodeFacts
{
    // A validator's rules are fixed when it is built: read once per type, not per property.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, IValidatorDescriptor?> Descriptors = new();

    /// <summary>The public properties of <paramref name="type"/> with the camelCase names they have on the wire.</summary>
    public static IEnumerable<(PropertyInfo Property, string Name)> JsonProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => (p, JsonNamingPolicy.CamelCase.ConvertName(p.Name)));

    /// <summary>The operation's parameter called <paramref name="name"/> (query names are camelCased by QueryNamesOperationFilter).</summary>
    public static OpenApiParameter? Parameter(OpenApiOperation operation, string name) =>
        operation.Parameters?.OfType<OpenApiParameter>().FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The checks the validator of <paramref name="type"/>, if it has one, always makes on the member
    /// named <paramref name="member"/> as on the wire (Validation/ValidationExtensions names rules so):
    /// none under a When(), none applied to each element of a list (RuleForEach).
    /// </summary>
    public static IReadOnlyList<IRuleComponent> AlwaysChecked(IServiceScopeFactory scopes, Type type, string member)
    {
        var descriptor = Descriptors.GetOrAdd(type, static (t, scopes) =>
        {
            using var scope = scopes.CreateScope();
            return (scope.ServiceProvider.GetService(typeof(IValidator<>).MakeGenericType(t)) as IValidator)?.CreateDescriptor();
        }, scopes);
        return descriptor is null ? [] : descriptor.GetRulesForMember(member)
            .Where(rule => !IsPerElement(rule))
            .SelectMany(rule => rule.Components)
            .Where(check => !check.HasCondition && !check.HasAsyncCondition) // a When() on a rule is on each of its components
            .ToList();
    }

    private static bool IsPerElement(IValidationRule rule) =>
        rule.GetType().GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollectionRule<,>));
}
