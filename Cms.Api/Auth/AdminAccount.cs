using Cms.Api.Configuration;
using Cms.Domain.Users;
using Cms.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cms.Api.Auth;

/// <summary>
/// Creates the first admin on first start, with the configured password or, when none is
/// configured, one generated, printed once and kept in the data directory. Only the hash is
/// stored. Later starts leave the account alone unless Cms:Admin:ResetPassword asks.
/// </summary>
internal sealed class AdminAccount(
    CmsDbContext db, IPasswordHasher<User> hasher, SecretStore secrets, IOptions<CmsOptions> options,
    TimeProvider clock, ILogger<AdminAccount> logger)
{
    public const string PasswordFile = "admin-password";

    public async Task EnsureAsync(CancellationToken ct)
    {
        var admin = options.Value.Admin;
        var user = await db.Users.FirstOrDefaultAsync(u => u.UserName == admin.UserName, ct);
        if (user is not null && !admin.ResetPassword)
        {
            return;
        }

        var password = admin.Password;
        if (string.IsNullOrEmpty(password))
        {
            var (value, created) = secrets.GetOrCreate(PasswordFile, () => SecretStore.RandomToken(18));
            password = value;
            if (created)
            {
                logger.LogWarning(
                    "Generated a password for the admin user '{UserName}': {Password} (kept in {File}; set Cms__Admin__Password to choose your own)",
                    admin.UserName, password, secrets.PathOf(PasswordFile));
            }
        }

        if (user is null)
        {
            user = new User(admin.UserName, UserRole.Admin, clock.GetUtcNow());
            db.Users.Add(user);
        }
        else
        {
            logger.LogWarning("Cms:Admin:ResetPassword is set: the password of '{UserName}' is reset; unset it again", admin.UserName);
            user.SetRole(UserRole.Admin);
            user.SetActive(true);
        }

        user.SetPasswordHash(hasher.HashPassword(user, password));
        await db.SaveChangesAsync(ct);
    }
}
