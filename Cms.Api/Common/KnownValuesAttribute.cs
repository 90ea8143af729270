namespace Cms.Api.Common;

/// <summary>
/// A text field (or each text of a list) that takes one of a fixed set of names kept as a static
/// list in code, e.g. WebhookEvents.All: the OpenAPI document lists them as its enumeration
/// (OpenApi/KnownValuesSchemaFilter), read from that same list.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
internal sealed class KnownValuesAttribute(Type holder, string member) : Attribute
{
    public IReadOnlyList<string> Values { get; } =
        (IReadOnlyList<string>)(holder.GetField(member)?.GetValue(null) ?? holder.GetProperty(member)?.GetValue(null)
            ?? throw new ArgumentException($"{holder.Name}.{member} is not a static list of names."));
}
