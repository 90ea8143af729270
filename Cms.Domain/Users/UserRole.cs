namespace Cms.Domain.Users;

/// <summary>What a user may do in the newsroom. Enforced per endpoint by the API's policies.</summary>
public enum UserRole
{
    Author,
    Editor,
    Admin,
}
