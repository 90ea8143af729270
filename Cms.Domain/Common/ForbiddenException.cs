namespace Cms.Domain.Common;

/// <summary>
/// The signed-in user's role does not allow this action on this item (an author
/// editing someone else's draft, or a published article). Maps to 403.
/// </summary>
public sealed class ForbiddenException(string message) : DomainException(message);
