using Cms.Api.Configuration;
using Cms.Domain.Users;
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

        // No default scheme: anonymous endpoints (the hit beacon above all) never pay for token
        // validation; the policies below name the scheme, so only protected routes run it.
        services.AddAuthentication().AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<SymmetricSecurityKey, TimeProvider>((jwt, key, clock) =>
            {
                jwt.MapInboundClaims = false;
                jwt.TimeProvider = clock;
                jwt.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = TokenIssuer.Issuer,
                    ValidAudience = TokenIssuer.Audience,
                    IssuerSigningKey = key,
                    NameClaimType = "name",
                    RoleClaimType = "role",
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

        services.AddAuthorizationBuilder()
            .AddPolicy(Policies.Editor, policy => policy
                .AddAuthenticationSchemes(JwtBearerDefaults.AuthenticationScheme)
                .RequireRole(nameof(UserRole.Editor), nameof(UserRole.Admin)))
            .AddPolicy(Policies.Admin, policy => policy
                .AddAuthenticationSchemes(JwtBearerDefaults.AuthenticationScheme)
                .RequireRole(nameof(UserRole.Admin)));
        return services;
    }
}
