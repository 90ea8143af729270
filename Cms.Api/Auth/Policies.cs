using Cms.Domain.Users;

namespace Cms.Api.Auth;

/// <summary>
/// The authorization policies, one per newsroom role and everyone above it. The whole
/// management group requires <see cref="Staff"/>; endpoints that need more say so.
/// </summary>
internal static class Policies
{
    /// <summary>Any active account: authors, editors, admins. Authors are further limited per item.</summary>
    public const string Staff = "Staff";

    /// <summary>Editors and admins: publish, unpublish, schedule, delete, categories.</summary>
    public const string Editor = "Editor";

    /// <summary>Admins only: accounts, settings, imported figures.</summary>
    public const string Admin = "Admin";

    /// <summary>The roles each policy admits, for the policies and for Swagger.</summary>
    public static readonly IReadOnlyDictionary<string, UserRole[]> Roles = new Dictionary<string, UserRole[]>
    {
        [Staff] = [UserRole.Author, UserRole.Editor, UserRole.Admin],
        [Editor] = [UserRole.Editor, UserRole.Admin],
        [Admin] = [UserRole.Admin],
    };
}
