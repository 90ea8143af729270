using Cms.Domain.Users;

namespace Cms.Api.Users;

/// <summary>An account as admins (and the user themselves) see it. Never the password hash.</summary>
public sealed record UserResponse
{
    public required int Id { get; init; }

    public required string UserName { get; init; }

    public string? DisplayName { get; init; }

    public required UserRole Role { get; init; }

    public required bool IsActive { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public string? CreatedBy { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    public string? UpdatedBy { get; init; }

    /// <summary>Send back as If-Match to update safely (it is also the ETag).</summary>
    public required uint Version { get; init; }

    public static UserResponse From(User user) => new()
    {
        Id = user.Id,
        UserName = user.UserName,
        DisplayName = user.DisplayName,
        Role = user.Role,
        IsActive = user.IsActive,
        CreatedAt = user.CreatedAt,
        CreatedBy = user.CreatedBy,
        UpdatedAt = user.UpdatedAt,
        UpdatedBy = user.UpdatedBy,
        Version = user.Version,
    };
}
