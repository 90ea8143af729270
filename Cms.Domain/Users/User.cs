using Cms.Domain.Common;

namespace Cms.Domain.Users;

/// <summary>Someone who may use the management API. Only the password's hash is ever stored.</summary>
public sealed class User
{
    private User()
    {
        UserName = string.Empty;
        PasswordHash = string.Empty;
    }

    public User(string userName, UserRole role, DateTimeOffset now)
    {
        UserName = Text.Clean(userName);
        PasswordHash = string.Empty;
        Role = role;
        CreatedAt = Timestamp.Normalize(now);
    }

    public int Id { get; private set; }

    public string UserName { get; private set; }

    public string PasswordHash { get; private set; }

    public UserRole Role { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public void SetPasswordHash(string hash) => PasswordHash = hash;
}
