using System.Net.Http.Json;
using Cms.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Cms.Tests.Api;

/// <summary>Signing in for a bearer token: who gets one, what it opens, and what a wrong or missing credential gets.</summary>
public sealed class AuthTests(CmsApp app) : IClassFixture<CmsApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<TokenBody> AdminTokenAsync(HttpClient client) =>
        client.PostBodyAsync<TokenBody>("/api/v1/auth/token", new { userName = CmsApp.AdminUser, password = CmsApp.AdminPassword });

    [Fact]
    public async Task The_configured_admin_gets_a_bearer_token_good_for_more_than_an_hour()
    {
        using var client = app.Anonymous();

        var token = await AdminTokenAsync(client);

        Assert.False(string.IsNullOrEmpty(token.AccessToken));
        Assert.Equal("Bearer", token.TokenType);
        Assert.True(token.ExpiresAt > app.Clock.GetUtcNow().AddHours(1));
    }

    [Fact]
    public async Task The_admins_token_opens_the_management_api()
    {
        using var client = app.Anonymous();
        var token = await AdminTokenAsync(client);

        client.DefaultRequestHeaders.Authorization = new("Bearer", token.AccessToken);

        Assert.Equal(200, (int)(await client.GetAsync("/api/v1/manage/articles", Ct)).StatusCode);
    }

    [Theory]
    [InlineData(CmsApp.AdminUser, "wrong-password")]
    [InlineData("nobody", "whatever")]
    public async Task Wrong_credentials_get_the_same_401_whether_or_not_the_user_exists(string userName, string password)
    {
        using var client = app.Anonymous();
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password }, Ct);
        var problem = await response.AssertProblemAsync(401);
        Assert.Equal("The user name or password is wrong.", problem.Detail);
    }

    [Fact]
    public async Task Missing_credentials_are_a_validation_error()
    {
        using var client = app.Anonymous();
        var keys = await (await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "" }, Ct)).AssertValidationErrorsAsync();
        Assert.Contains("userName", keys);
        Assert.Contains("password", keys);
    }

    [Fact]
    public async Task Only_the_password_hash_is_stored()
    {
        var hash = await app.DbAsync(db => db.Users.Where(u => u.UserName == CmsApp.AdminUser).Select(u => u.PasswordHash).SingleAsync(Ct));
        Assert.DoesNotContain(CmsApp.AdminPassword, hash, StringComparison.Ordinal);
        Assert.True(hash.Length > 40);
    }
}

/// <summary>The first admin comes from configuration once; a restart does not undo a password change unless asked to.</summary>
public sealed class FirstAdminTests(CmsApp app) : IClassFixture<CmsApp>
{
    [Fact]
    public async Task A_restart_keeps_a_changed_admin_password_and_ResetPassword_restores_the_configured_one()
    {
        using var admin = await app.EditorAsync();
        var changed = await admin.PostAsJsonAsync("/api/v1/manage/me/password",
            new { currentPassword = CmsApp.AdminPassword, newPassword = "changed-through-the-api" }, TestContext.Current.CancellationToken);
        Assert.Equal(200, (int)changed.StatusCode);

        await using (var restarted = CmsApp.SharingDatabaseWith(app))
        {
            await restarted.InitializeAsync();
            using (await restarted.SignInAsync(CmsApp.AdminUser, "changed-through-the-api"))
            {
            }

            var old = await restarted.Anonymous().PostAsJsonAsync("/api/v1/auth/token",
                new { userName = CmsApp.AdminUser, password = CmsApp.AdminPassword }, TestContext.Current.CancellationToken);
            await old.AssertProblemAsync(401);
        }

        await using var reset = CmsApp.SharingDatabaseWith(app, new Dictionary<string, string?> { ["Cms:Admin:ResetPassword"] = "true" });
        await reset.InitializeAsync();
        using (await reset.SignInAsync(CmsApp.AdminUser, CmsApp.AdminPassword))
        {
        }
    }
}

/// <summary>With no admin password configured, one is generated, kept in the data directory and works.</summary>
public sealed class GeneratedAdminPasswordTests(GeneratedAdminPasswordTests.App app) : IClassFixture<GeneratedAdminPasswordTests.App>
{
    [Fact]
    public async Task A_generated_password_is_kept_in_the_data_directory_and_signs_in()
    {
        var file = Path.Combine(app.DataDirectory, "admin-password");
        Assert.True(File.Exists(file));
        var password = (await File.ReadAllTextAsync(file, TestContext.Current.CancellationToken)).Trim();
        Assert.True(password.Length >= 20);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }

        using var client = app.Anonymous();
        var token = await client.PostBodyAsync<TokenBody>("/api/v1/auth/token", new { userName = CmsApp.AdminUser, password });
        Assert.False(string.IsNullOrEmpty(token.AccessToken));
    }

    public sealed class App : CmsApp
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Cms:Admin:Password"] = "" };
    }
}

/// <summary>Tokens stop working when they expire (its own app: it moves the clock hours ahead).</summary>
public sealed class ExpiredTokenTests(CmsApp app) : IClassFixture<CmsApp>
{
    [Fact]
    public async Task An_expired_token_is_refused()
    {
        using var client = await app.EditorAsync();
        Assert.Equal(200, (int)(await client.GetAsync("/api/v1/manage/articles", TestContext.Current.CancellationToken)).StatusCode);
        app.Clock.Advance(TimeSpan.FromHours(9));
        var response = await client.GetAsync("/api/v1/manage/articles", TestContext.Current.CancellationToken);
        await response.AssertProblemAsync(401);
    }
}
