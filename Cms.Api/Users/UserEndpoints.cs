using System.Security.Claims;
using Cms.Api.Auth;
using Cms.Api.Common;
using Cms.Api.Validation;
using Cms.Domain.Common;
using Cms.Domain.Users;
using Cms.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Cms.Api.Users;

/// <summary>
/// Accounts: admins create them, set roles, disable them and reset passwords; everyone
/// may read and change their own. Accounts are disabled, never deleted, so every
/// created_by/updated_by keeps naming a real person. The routes first (who may call each),
/// then what each does.
/// </summary>
internal static class UserEndpoints
{
    /// <summary>/manage/users: admins only, the whole group.</summary>
    public static void MapUserManagement(this IEndpointRouteBuilder manage)
    {
        var users = manage.MapGroup("/users").WithTags("Manage users").RequireAuthorization(Policies.Admin);

        users.MapGet("/", ListAsync)
            .WithName("ListUsers")
            .WithSummary("Admins: every account");

        users.MapGet("/{id:int}", GetAsync)
            .WithName("GetUser")
            .WithSummary("Admins: one account; the ETag is its version")
            .ProducesProblem(StatusCodes.Status404NotFound);

        users.MapPost("/", CreateAsync)
            .Validate<CreateUserRequest>()
            .WithName("CreateUser")
            .WithSummary("Admins: create an account (author, editor or admin)")
            .ProducesProblem(StatusCodes.Status409Conflict);

        users.MapPut("/{id:int}", UpdateAsync)
            .Validate<UpdateUserRequest>()
            .WithName("UpdateUser")
            .WithSummary("Admins: change an account's role, display name or state; requires If-Match")
            .WithDescription("Disabling an account, or changing its role, ends its tokens at once.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        users.MapPost("/{id:int}/password", SetPasswordAsync)
            .Validate<SetPasswordRequest>()
            .WithName("SetUserPassword")
            .WithSummary("Admins: set a new password for an account; its existing tokens stop working")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed);
    }

    /// <summary>/manage/me: every signed-in user's own account (any staff account, the /manage group's policy).</summary>
    public static void MapOwnAccount(this IEndpointRouteBuilder manage)
    {
        var me = manage.MapGroup("/me").WithTags("My account");

        me.MapGet("/", GetOwnAsync)
            .WithName("GetMyAccount")
            .WithSummary("The signed-in user's account and role");

        me.MapPost("/password", ChangeOwnPasswordAsync)
            .Validate<ChangeOwnPasswordRequest>()
            .WithName("ChangeMyPassword")
            .WithSummary("Change your own password: every older token ends, and a new one is returned");
    }

    public static async Task<Ok<List<UserResponse>>> ListAsync(CmsDbContext db, CancellationToken ct) =>
        TypedResults.Ok((await db.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(ct)).Select(UserResponse.From).ToList());

    public static async Task<Ok<UserResponse>> GetAsync(int id, CmsDbContext db, HttpContext http, CancellationToken ct) =>
        Respond(await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, ct) ?? throw new NotFoundException("User", id), http);

    public static async Task<Created<UserResponse>> CreateAsync(CreateUserRequest request, CmsDbContext db, IPasswordHasher<User> hasher, TimeProvider clock,
        HttpContext http, CancellationToken ct)
    {
        if (await db.Users.AnyAsync(u => u.UserName.ToLower() == request.UserName!.ToLower(), ct))
        {
            throw new ConflictException($"The user name '{request.UserName}' is taken.");
        }

        var user = new User(request.UserName!, request.Role!.Value, clock.GetUtcNow());
        user.SetDisplayName(request.DisplayName);
        user.SetPasswordHash(hasher.HashPassword(user, request.Password!));
        db.Users.Add(user);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/manage/users/{user.Id}", Respond(user, http).Value);
    }

    public static async Task<Ok<UserResponse>> UpdateAsync(int id, UpdateUserRequest request, [FromHeader(Name = "If-Match")] string? ifMatch,
        CmsDbContext db, ClaimsPrincipal principal, HttpContext http, CancellationToken ct)
    {
        var user = await LoadForWriteAsync(db, id, ifMatch, required: true, ct);
        var demotesSelf = user.Id == principal.UserIdOf() && (request.Role != UserRole.Admin || request.IsActive != true);
        if (demotesSelf)
        {
            throw new ConflictException("Admins cannot demote or disable themselves; ask another admin.");
        }

        user.SetRole(request.Role!.Value);
        user.SetActive(request.IsActive!.Value);
        user.SetDisplayName(request.DisplayName);
        await db.SaveChangesAsync(ct);
        return Respond(user, http);
    }

    public static async Task<NoContent> SetPasswordAsync(int id, SetPasswordRequest request, [FromHeader(Name = "If-Match")] string? ifMatch,
        CmsDbContext db, IPasswordHasher<User> hasher, CancellationToken ct)
    {
        var user = await LoadForWriteAsync(db, id, ifMatch, required: false, ct);
        user.SetPasswordHash(hasher.HashPassword(user, request.NewPassword!));
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    public static async Task<Ok<UserResponse>> GetOwnAsync(ClaimsPrincipal principal, CmsDbContext db, HttpContext http, CancellationToken ct) =>
        Respond(await db.Users.AsNoTracking().FirstAsync(u => u.Id == principal.UserIdOf(), ct), http);

    public static async Task<Ok<TokenResponse>> ChangeOwnPasswordAsync(ChangeOwnPasswordRequest request, ClaimsPrincipal principal, CmsDbContext db,
        IPasswordHasher<User> hasher, TokenIssuer issuer, CancellationToken ct)
    {
        var user = await db.Users.FirstAsync(u => u.Id == principal.UserIdOf(), ct);
        if (hasher.VerifyHashedPassword(user, user.PasswordHash, request.CurrentPassword!) == PasswordVerificationResult.Failed)
        {
            throw new FluentValidation.ValidationException(
                [new FluentValidation.Results.ValidationFailure("currentPassword", "The current password is wrong.")]);
        }

        user.SetPasswordHash(hasher.HashPassword(user, request.NewPassword!));
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(issuer.Issue(user));
    }

    private static async Task<User> LoadForWriteAsync(CmsDbContext db, int id, string? ifMatch, bool required, CancellationToken ct)
    {
        var user = await db.Users.FirstOrDefaultAsync(u => u.Id == id, ct) ?? throw new NotFoundException("User", id);
        ETags.PinVersion(db, user, u => u.Version, ifMatch, "User", id, required);
        return user;
    }

    private static Ok<UserResponse> Respond(User user, HttpContext http)
    {
        http.Response.Headers.ETag = ETags.From(user.Version);
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(UserResponse.From(user));
    }
}
