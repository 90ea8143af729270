namespace Cms.Api.Common;

/// <summary>
/// A query value read as text and parsed by EnumQuery (so "inReview" and "INREVIEW" both work
/// and a wrong one is a 400 naming the parameter) that takes the values of <paramref name="enumType"/>:
/// the OpenAPI document types it as that enumeration (OpenApi/EnumValuesOperationFilter).
/// </summary>
[AttributeUsage(AttributeTargets.Parameter | AttributeTargets.Property)]
internal sealed class EnumValuesAttribute(Type enumType) : Attribute
{
    public Type EnumType { get; } = enumType;
}
