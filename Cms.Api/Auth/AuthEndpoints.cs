using Cms.Api.Validation;
using Cms.Domain.Users;
using Cms.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Cms.Api.Auth;

internal static class AuthEndpoints
{
    public static void MapAuth(this IEndpointRouteBuilder api) =>
        api.MapPost("/auth/token", async Task<Results<Ok<TokenResponse>, ProblemHttpResult>> (
                TokenRequest request, CmsDbContext db, IPasswordHasher<User> hasher, TokenIssuer issuer, CancellationToken ct) =>
            {
                var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.UserName == request.UserName, ct);
                // Verify against a dummy hash when the user is unknown, so timing does not tell which names exist.
                var hash = user?.PasswordHash ?? DummyHash.Value;
                var verdict = hasher.VerifyHashedPassword(user ?? DummyHash.User, hash, request.Password!);
                if (user is null || verdict == PasswordVerificationResult.Failed)
                {
                    return TypedResults.Problem(
                        statusCode: StatusCodes.Status401Unauthorized,
                        title: "Sign-in failed.",
                        detail: "The user name or password is wrong.");
                }

                return TypedResults.Ok(issuer.Issue(user));
            })
            .Validate<TokenRequest>()
            .AllowAnonymous()
            .WithTags("Auth")
            .WithName("IssueToken")
            .WithSummary("Sign in: exchange a user name and password for a bearer token")
            .WithDescription("In Swagger, paste the accessToken into the Authorize dialog to call the management endpoints.");

    private static class DummyHash
    {
        public static readonly User User = new("nobody", UserRole.Author, DateTimeOffset.UnixEpoch);
        public static readonly string Value = new PasswordHasher<User>().HashPassword(User, Guid.NewGuid().ToString());
    }
}
