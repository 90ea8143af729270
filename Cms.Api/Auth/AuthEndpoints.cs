using System.Globalization;
using System.Security.Claims;
using Cms.Api.Configuration;
using Cms.Api.Security;
using Cms.Api.Validation;
using Cms.Domain.Users;
using Cms.Infrastructure.Persistence;
using Cms.Infrastructure.SignIn;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cms.Api.Auth;

/// <summary>Sign-in and token refresh. The routes first (who may call each), then what each does.</summary>
internal static class AuthEndpoints
{
    /// <summary>Sign-in is open to anyone (rate-limited); refreshing takes a valid staff token.</summary>
    public static void MapAuth(this IEndpointRouteBuilder api)
    {
        var auth = api.MapGroup("/auth").WithTags("Auth");

        auth.MapPost("/token", IssueTokenAsync).AllowAnonymous()
            .Validate<TokenRequest>()
            .RequireRateLimiting(RateLimits.SignIn)
            .WithName("IssueToken")
            .WithSummary("Sign in: exchange a user name and password for a bearer token")
            .WithDescription(
                "In Swagger, paste the accessToken into the Authorize dialog to call the management endpoints. " +
                "Repeated failures for one user name lock it for a while (429 with Retry-After), as do too many attempts from one address.")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

        auth.MapPost("/refresh", RefreshTokenAsync).RequireAuthorization(Policies.Staff)
            .WithName("RefreshToken")
            .WithSummary("Exchange a still-valid token for a fresh one with a new expiry")
            .WithDescription("A token of a disabled user, or issued before a password or role change, is refused (401): sign in again.");
    }

    // 401 and 429 are answers, not exceptions: they are the expected outcome of a wrong password
    // or a locked name, and carry the lockout's Retry-After.
    public static async Task<Results<Ok<TokenResponse>, ProblemHttpResult>> IssueTokenAsync(
        TokenRequest request, CmsDbContext db, IPasswordHasher<User> hasher, TokenIssuer issuer, SignInGuard guard,
        IOptions<CmsOptions> options, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var settings = options.Value.Auth;
        var now = clock.GetUtcNow();
        var name = request.UserName!.Trim();
        // Locked or not, known or not: the answers below never tell whether the account exists.
        if (await guard.LockedUntilAsync(name, now, ct) is { } lockedUntil)
        {
            return Locked(http, lockedUntil - now);
        }

        var key = name.ToLowerInvariant();
        var user = await db.Users.FirstOrDefaultAsync(u => u.UserName.ToLower() == key, ct);
        // Verify against a dummy hash when the user is unknown, so timing does not tell which names exist.
        var verdict = hasher.VerifyHashedPassword(user ?? DummyHash.User, user?.PasswordHash ?? DummyHash.Value, request.Password!);
        if (user is null || !user.IsActive || verdict == PasswordVerificationResult.Failed)
        {
            await guard.RecordFailureAsync(name, now, settings.MaxFailedSignIns, settings.FailureWindow, settings.LockoutDuration, ct);
            return TypedResults.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "Sign-in failed.",
                detail: "The user name or password is wrong.");
        }

        await guard.ResetAsync(name, ct);
        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            user.SetPasswordHash(hasher.HashPassword(user, request.Password!));
            await db.SaveChangesAsync(ct);
        }

        return TypedResults.Ok(issuer.Issue(user));
    }

    public static async Task<Ok<TokenResponse>> RefreshTokenAsync(ClaimsPrincipal principal, CmsDbContext db, TokenIssuer issuer, CancellationToken ct)
    {
        // The token was just checked against the user's stamp, so the user exists and is active.
        var user = await db.Users.AsNoTracking().FirstAsync(u => u.Id == principal.UserIdOf(), ct);
        return TypedResults.Ok(issuer.Issue(user));
    }

    private static ProblemHttpResult Locked(HttpContext http, TimeSpan wait)
    {
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return TypedResults.Problem(
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "Too many failed sign-ins.",
            detail: $"Sign-in for this user name is paused after repeated failures; try again in {Math.Ceiling(seconds / 60.0)} minutes.");
    }

    private static class DummyHash
    {
        public static readonly User User = new("nobody", UserRole.Author, DateTimeOffset.UnixEpoch);
        public static readonly string Value = new PasswordHasher<User>().HashPassword(User, Guid.NewGuid().ToString());
    }
}
