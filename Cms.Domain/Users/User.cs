using Cms.Domain.Common;

namespace Cms.Domain.Users;

/// <summary>
/// Someone who may use the management API. Only the password's hash is ever stored.
/// The security stamp changes whenever the password, the role or the account's state
/// does; tokens carry the stamp they were issued with, so such a change ends them all.
/// </summary>
public sealed class User : IAudited
{
    private User()
    {
        UserName = string.Empty;
        PasswordHash = string.Empty;
        SecurityStamp = string.Empty;
    }

    public User(string userName, UserRole role, DateTimeOffset now)
    {
        UserName = Text.Clean(userName);
        PasswordHash = string.Empty;
        Role = role;
        IsActive = true;
        CreatedAt = Timestamp.Normalize(now);
        UpdatedAt = CreatedAt;
        SecurityStamp = NewStamp();
    }

    public int Id { get; private set; }

    /// <summary>The sign-in name; never changes, so content keeps pointing at the same person.</summary>
    public string UserName { get; private set; }

    /// <summary>The name a newsroom knows them by, e.g. "Lê Vũ".</summary>
    public string? DisplayName { get; private set; }

    public string PasswordHash { get; private set; }

    public UserRole Role { get; private set; }

    /// <summary>A disabled user cannot sign in, and tokens issued before are refused.</summary>
    public bool IsActive { get; private set; }

    public string SecurityStamp { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string? CreatedBy { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public string? UpdatedBy { get; private set; }

    /// <summary>Row version for optimistic concurrency (PostgreSQL's xmin).</summary>
    public uint Version { get; private set; }

    public void SetPasswordHash(string hash)
    {
        PasswordHash = hash;
        SecurityStamp = NewStamp();
    }

    public void SetDisplayName(string? displayName) => DisplayName = Text.CleanOptional(displayName);

    public void SetRole(UserRole role)
    {
        if (role != Role)
        {
            Role = role;
            SecurityStamp = NewStamp();
        }
    }

    public void SetActive(bool active)
    {
        if (active != IsActive)
        {
            IsActive = active;
            SecurityStamp = NewStamp();
        }
    }

    public void RecordWrite(string? actor, DateTimeOffset now, bool isNew)
    {
        if (isNew)
        {
            CreatedBy = actor;
        }

        UpdatedAt = Timestamp.Normalize(now);
        UpdatedBy = actor;
    }

    private static string NewStamp() => Guid.NewGuid().ToString("N");
}
