namespace Cms.Domain.Common;

/// <summary>
/// The request is well formed but clashes with the current state: a slug already
/// taken, a workflow transition that is not allowed from the current status.
/// </summary>
public sealed class ConflictException(string message) : DomainException(message);
