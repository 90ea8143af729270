namespace Cms.Domain.Common;

/// <summary>
/// The caller edited a version of the item that is no longer current (someone else
/// saved in between). Nothing is written; the caller must reload and retry.
/// </summary>
public sealed class StaleVersionException(string what, object key)
    : DomainException($"{what} '{key}' was changed by someone else since you loaded it. Reload it and apply your change again.");
