using System.Security.Claims;
using Cms.Api.Configuration;
using Cms.Domain.Users;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using JsonWebTokenHandler = Microsoft.IdentityModel.JsonWebTokens.JsonWebTokenHandler;

namespace Cms.Api.Auth;

/// <summary>Issues the bearer tokens the management API accepts.</summary>
internal sealed class TokenIssuer(SymmetricSecurityKey key, IOptions<CmsOptions> options, TimeProvider clock)
{
    public const string Issuer = "cms";
    public const string Audience = "cms-manage";

    public TokenResponse Issue(User user)
    {
        var now = clock.GetUtcNow();
        var expires = now + options.Value.Auth.TokenLifetime;
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
            Subject = new ClaimsIdentity(
            [
                new Claim(ActorClaims.UserId, user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Claim(ActorClaims.Name, user.UserName),
                new Claim(ActorClaims.Role, user.Role.ToString()),
                new Claim(ActorClaims.Stamp, user.SecurityStamp),
            ]),
        });
        return new TokenResponse(token, expires, "Bearer", user.UserName, user.Role);
    }
}
