namespace Cms.Api.Auth;

internal static class Policies
{
    /// <summary>May use the management API: editors and admins.</summary>
    public const string Editor = "Editor";

    /// <summary>Admins only: accounts, settings, imported figures.</summary>
    public const string Admin = "Admin";
}
