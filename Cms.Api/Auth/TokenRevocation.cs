using System.Security.Claims;
using Cms.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.EntityFrameworkCore;

namespace Cms.Api.Auth;

/// <summary>
/// A signature and an expiry are not enough: a token also ends when its user is disabled,
/// changes password or role (the security stamp moves). One primary-key lookup per
/// management request, shared by every API instance through the database.
/// </summary>
internal static class TokenRevocation
{
    public static async Task CheckAsync(TokenValidatedContext context)
    {
        var principal = context.Principal;
        if (principal is null
            || !int.TryParse(principal.FindFirstValue(ActorClaims.UserId), System.Globalization.CultureInfo.InvariantCulture, out var id)
            || principal.FindFirstValue(ActorClaims.Stamp) is not { } stamp)
        {
            context.Fail("The token does not name a user.");
            return;
        }

        var db = context.HttpContext.RequestServices.GetRequiredService<CmsDbContext>();
        var user = await db.Users.AsNoTracking()
            .Where(u => u.Id == id)
            .Select(u => new { u.IsActive, u.SecurityStamp })
            .FirstOrDefaultAsync(context.HttpContext.RequestAborted);
        if (user is null || !user.IsActive || !string.Equals(user.SecurityStamp, stamp, StringComparison.Ordinal))
        {
            context.Fail("The token has been revoked: sign in again.");
        }
    }
}
