using System.Net.Http.Headers;
using System.Net.Http.Json;
using Cms.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Cms.Tests.Api;

/// <summary>Accounts an admin manages, and tokens that end when the account changes.</summary>
public sealed class AccountTests(CmsApp app) : IClassFixture<CmsApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string NewName(string prefix) => $"{prefix}-{Guid.NewGuid():N}"[..20];

    private async Task<(int Id, string ETag)> FindUserAsync(HttpClient admin, string userName)
    {
        var list = await admin.GetJsonAsync("/api/v1/manage/users");
        var id = (int)list.AsArray().Single(u => (string)u!["userName"]! == userName)!["id"]!;
        var one = await admin.GetAsync($"/api/v1/manage/users/{id}", Ct);
        return (id, one.Headers.ETag!.Tag);
    }

    [Fact]
    public async Task An_admin_creates_accounts_storing_only_the_hash_and_who_created_them()
    {
        using var admin = await app.EditorAsync();
        var name = NewName("le.vu");
        var created = await admin.PostAsJsonAsync("/api/v1/manage/users",
            new { userName = name, password = "mật-khẩu-dài-1", role = "author", displayName = "Lê Vũ" }, Ct);
        Assert.Equal(201, (int)created.StatusCode);
        var body = await created.JsonAsync();
        Assert.Equal("author", (string?)body["role"]);
        Assert.Equal("Lê Vũ", (string?)body["displayName"]);
        Assert.Equal(CmsApp.AdminUser, (string?)body["createdBy"]);
        Assert.True((bool)body["isActive"]!);
        Assert.DoesNotContain("password", created.Content.Headers.ContentType is null ? "" : await created.Content.ReadAsStringAsync(Ct), StringComparison.OrdinalIgnoreCase);

        var stored = await app.DbAsync(db => db.Users.SingleAsync(u => u.UserName == name, Ct));
        Assert.DoesNotContain("mật-khẩu-dài-1", stored.PasswordHash, StringComparison.Ordinal);
        Assert.Equal(CmsApp.AdminUser, stored.CreatedBy);

        using var author = await app.SignInAsync(name, "mật-khẩu-dài-1");
        var me = await author.GetJsonAsync("/api/v1/manage/me");
        Assert.Equal(name, (string?)me["userName"]);

        // The same name again (any case), bad names, weak passwords, unknown roles: refused, nothing stored.
        await (await admin.PostAsJsonAsync("/api/v1/manage/users", new { userName = name, password = "another-password-1", role = "editor" }, Ct)).AssertProblemAsync(409);
        var keys = await (await admin.PostAsJsonAsync("/api/v1/manage/users", new { userName = "Có Dấu", password = "short", role = "editor" }, Ct)).AssertValidationErrorsAsync();
        Assert.Contains("userName", keys);
        Assert.Contains("password", keys);
        await (await admin.PostAsJsonAsync("/api/v1/manage/users", new { userName = NewName("x"), password = "long-enough-password", role = "owner" }, Ct)).AssertProblemAsync(400);
        Assert.Equal(1, await app.DbAsync(db => db.Users.CountAsync(u => u.UserName == name, Ct)));
    }

    [Fact]
    public async Task Disabling_an_account_ends_its_tokens_at_once_and_it_cannot_sign_in()
    {
        var name = NewName("editor");
        using var editor = await app.UserAsync("editor", name);
        Assert.Equal(200, (int)(await editor.GetAsync("/api/v1/manage/articles", Ct)).StatusCode);

        using var admin = await app.EditorAsync();
        var (id, etag) = await FindUserAsync(admin, name);
        var update = new { role = "editor", isActive = false };
        await (await admin.PutRawAsync($"/api/v1/manage/users/{id}", update)).AssertProblemAsync(428);
        await (await admin.PutRawAsync($"/api/v1/manage/users/{id}", update, "\"12345\"")).AssertProblemAsync(412);
        var disabled = await admin.PutRawAsync($"/api/v1/manage/users/{id}", update, etag);
        Assert.Equal(200, (int)disabled.StatusCode);
        Assert.Equal(CmsApp.AdminUser, (string?)(await disabled.JsonAsync())["updatedBy"]);

        await (await editor.GetAsync("/api/v1/manage/articles", Ct)).AssertProblemAsync(401);
        var signIn = await app.Anonymous().PostAsJsonAsync("/api/v1/auth/token", new { userName = name, password = "wrong-anyway" }, Ct);
        await signIn.AssertProblemAsync(401);
    }

    [Fact]
    public async Task Changing_a_role_or_a_password_ends_older_tokens()
    {
        var name = NewName("author");
        using var user = await app.UserAsync("author", name);
        using var admin = await app.EditorAsync();
        var (id, etag) = await FindUserAsync(admin, name);

        Assert.Equal(200, (int)(await admin.PutRawAsync($"/api/v1/manage/users/{id}", new { role = "editor", isActive = true }, etag)).StatusCode);
        await (await user.GetAsync("/api/v1/manage/me", Ct)).AssertProblemAsync(401);

        Assert.Equal(204, (int)(await admin.PostAsJsonAsync($"/api/v1/manage/users/{id}/password", new { newPassword = "reset-by-admin-1" }, Ct)).StatusCode);
        using var again = await app.SignInAsync(name, "reset-by-admin-1");
        Assert.Equal("editor", (string?)(await again.GetJsonAsync("/api/v1/manage/me"))["role"]);

        // The user changes their own password: the answer is a fresh token, the one used is over.
        var wrong = await again.PostAsJsonAsync("/api/v1/manage/me/password", new { currentPassword = "not-it-at-all", newPassword = "my-own-password-1" }, Ct);
        Assert.Contains("currentPassword", await wrong.AssertValidationErrorsAsync());
        var changed = await again.PostAsJsonAsync("/api/v1/manage/me/password", new { currentPassword = "reset-by-admin-1", newPassword = "my-own-password-1" }, Ct);
        Assert.Equal(200, (int)changed.StatusCode);
        var fresh = (string)(await changed.JsonAsync())["accessToken"]!;
        await (await again.GetAsync("/api/v1/manage/me", Ct)).AssertProblemAsync(401);
        using var withFresh = app.Anonymous();
        withFresh.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", fresh);
        Assert.Equal(200, (int)(await withFresh.GetAsync("/api/v1/manage/me", Ct)).StatusCode);
        await (await app.Anonymous().PostAsJsonAsync("/api/v1/auth/token", new { userName = name, password = "reset-by-admin-1" }, Ct)).AssertProblemAsync(401);
    }

    [Fact]
    public async Task A_valid_token_can_be_refreshed_for_a_later_expiry()
    {
        await (await app.Anonymous().PostAsync("/api/v1/auth/refresh", null, Ct)).AssertProblemAsync(401);

        var name = NewName("author");
        using var user = await app.UserAsync("author", name);
        var before = app.Clock.GetUtcNow();
        app.Clock.Advance(TimeSpan.FromMinutes(10));
        var refreshed = await user.PostAsync("/api/v1/auth/refresh", null, Ct);
        Assert.Equal(200, (int)refreshed.StatusCode);
        var body = await refreshed.JsonAsync();
        Assert.True((DateTimeOffset)body["expiresAt"]! > before.AddHours(8));
        Assert.Equal(name, (string?)body["userName"]);
    }

    [Fact]
    public async Task Admins_cannot_demote_or_disable_themselves()
    {
        using var admin = await app.EditorAsync();
        var (id, etag) = await FindUserAsync(admin, CmsApp.AdminUser);
        await (await admin.PutRawAsync($"/api/v1/manage/users/{id}", new { role = "editor", isActive = true }, etag)).AssertProblemAsync(409);
        await (await admin.PutRawAsync($"/api/v1/manage/users/{id}", new { role = "admin", isActive = false }, etag)).AssertProblemAsync(409);
        Assert.Equal(200, (int)(await admin.GetAsync("/api/v1/manage/users", Ct)).StatusCode);
    }
}
