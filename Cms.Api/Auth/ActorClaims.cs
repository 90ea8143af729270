using System.Security.Claims;
using Cms.Domain.Users;
using Cms.Infrastructure.Auditing;

namespace Cms.Api.Auth;

/// <summary>The claims our tokens carry, and the signed-in user read back from them.</summary>
internal static class ActorClaims
{
    public const string UserId = "sub";
    public const string Name = "name";
    public const string Role = "role";

    /// <summary>The user's security stamp when the token was issued; a changed stamp ends the token.</summary>
    public const string Stamp = "stamp";

    public static Actor ToActor(this ClaimsPrincipal user)
    {
        var name = user.FindFirstValue(Name);
        if (name is null || !Enum.TryParse<UserRole>(user.FindFirstValue(Role), out var role))
        {
            throw new InvalidOperationException("No signed-in user: the endpoint must require authorization.");
        }

        return new Actor(name, role);
    }

    public static int UserIdOf(this ClaimsPrincipal user) =>
        int.Parse(user.FindFirstValue(UserId) ?? throw new InvalidOperationException("No signed-in user."), System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>created_by/updated_by come from the request's signed-in user.</summary>
internal sealed class HttpCurrentActor(IHttpContextAccessor http) : ICurrentActor
{
    public string? UserName => http.HttpContext?.User.FindFirstValue(ActorClaims.Name);
}
