namespace Cms.Domain.Users;

/// <summary>Who is acting: the signed-in user's name and role, as the rules need them.</summary>
public sealed record Actor(string UserName, UserRole Role)
{
    public bool IsEditor => Role is UserRole.Editor or UserRole.Admin;
}
