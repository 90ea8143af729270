namespace Cms.Domain.Common;

/// <summary>The addressed item does not exist (or is not visible to the caller).</summary>
public sealed class NotFoundException(string what, object key)
    : DomainException($"{what} '{key}' was not found.")
{
    public string What { get; } = what;
    public object Key { get; } = key;
}
