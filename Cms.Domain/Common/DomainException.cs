namespace Cms.Domain.Common;

/// <summary>
/// Base of every rule violation the domain raises. The API maps each subclass to
/// one HTTP status in a single place, so endpoints never translate errors themselves.
/// </summary>
public abstract class DomainException(string message) : Exception(message);
