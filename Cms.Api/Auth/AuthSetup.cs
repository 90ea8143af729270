using Cms.Api.Configuration;
using Cms.Domain.Users;
using Cms.Infrastructure.Auditing;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Cms.Api.Auth;

internal static class AuthSetup
{
    public static IServiceCollection AddCmsAuth(this IServiceCollection services)
    {
        services.AddSingleton<IPasswordHasher<User>, PasswordHasher<User>>();
        services.AddSingleton(sp => SigningKey.Resolve(sp.GetRequiredService<IOptions<CmsOptions>>().Value, sp.GetRequiredService<SecretStore>()));
        services.AddSingleton<TokenIssuer>();
        services.AddScoped<AdminAccount>();
        services.AddHttpContextAccessor();
        services.AddSingleton<ICurrentActor, HttpCurrentActor>(); // reads the current request through IHttpContextAccessor

        // No default scheme: anonymous endpoints (the hit beacon above all) never pay for token
        // validation; the policies below name the scheme, so only protected routes run it.
        services.AddAuthentication().AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<SymmetricSecurityKey, TimeProvider>((jwt, key, clock) =>
            {
                jwt.MapInboundClaims = false;
                jwt.Events = new JwtBearerEvents { OnTokenValidated = TokenRevocation.CheckAsync };
                jwt.TimeProvider = clock;
                jwt.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = TokenIssuer.Issuer,
                    ValidAudience = TokenIssuer.Audience,
                    IssuerSigningKey = key,
                    NameClaimType = ActorClaims.Name,
                    RoleClaimType = ActorClaims.Role,
                    ClockSkew = TimeSpan.FromSeconds(30),
                    // The token library reads the system clock; expiry must follow the app's TimeProvider.
                    LifetimeValidator = (notBefore, expires, _, parameters) =>
                    {
                        var now = clock.GetUtcNow().UtcDateTime;
                        return expires is { } end && end > now - parameters.ClockSkew
                            && (notBefore is not { } start || start <= now + parameters.ClockSkew);
                    },
                };
            });

        var authorization = services.AddAuthorizationBuilder();
        foreach (var (policy, roles) in Policies.Roles)
        {
            authorization.AddPolicy(policy, p => p
                .AddAuthenticationSchemes(JwtBearerDefaults.AuthenticationScheme)
                .RequireRole(roles.Select(r => r.ToString())));
        }

        return services;
    }
}
