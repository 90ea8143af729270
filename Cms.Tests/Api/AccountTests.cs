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
        var id = (await admin.GetBodyAsync<List<UserBody>>("/api/v1/manage/users")).Single(u => u.UserName == userName).Id;
        var one = await admin.GetAsync($"/api/v1/manage/users/{id}", Ct);
        return (id, one.Headers.ETag!.Tag);
    }

    private static Task<HttpResponseMessage> CreateUserAsync(HttpClient admin, object request) =>
        admin.PostAsJsonAsync("/api/v1/manage/users", request, Ct);

    private static Task<HttpResponseMessage> CreateAuthorAsync(HttpClient admin, string name) =>
        CreateUserAsync(admin, new { userName = name, password = "mật-khẩu-dài-1", role = "author", displayName = "Lê Vũ" });

    private Task<HttpResponseMessage> SignInAsync(string userName, string password) =>
        app.Anonymous().PostAsJsonAsync("/api/v1/auth/token", new { userName, password }, Ct);

    // --- Creating accounts ------------------------------------------------------------------

    [Fact]
    public async Task A_new_account_is_answered_with_its_role_display_name_and_creator_and_no_password()
    {
        using var admin = await app.EditorAsync();

        var created = await CreateAuthorAsync(admin, NewName("le.vu"));

        Assert.Equal(201, (int)created.StatusCode);
        var body = await created.BodyAsync<UserBody>();
        Assert.Equal(("author", "Lê Vũ", CmsApp.AdminUser, true), (body.Role, body.DisplayName, body.CreatedBy, body.IsActive));
        // Raw text: no field of any name may carry it.
        Assert.DoesNotContain("password", created.Content.Headers.ContentType is null ? "" : await created.Content.ReadAsStringAsync(Ct), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_new_account_is_stored_with_only_a_hash_of_its_password_and_who_created_it()
    {
        using var admin = await app.EditorAsync();
        var name = NewName("le.vu");

        Assert.Equal(201, (int)(await CreateAuthorAsync(admin, name)).StatusCode);

        var stored = await app.DbAsync(db => db.Users.SingleAsync(u => u.UserName == name, Ct));
        Assert.DoesNotContain("mật-khẩu-dài-1", stored.PasswordHash, StringComparison.Ordinal);
        Assert.Equal(CmsApp.AdminUser, stored.CreatedBy);
    }

    [Fact]
    public async Task A_new_account_signs_in_with_its_password()
    {
        using var admin = await app.EditorAsync();
        var name = NewName("le.vu");
        Assert.Equal(201, (int)(await CreateAuthorAsync(admin, name)).StatusCode);

        using var author = await app.SignInAsync(name, "mật-khẩu-dài-1");

        Assert.Equal(name, (await author.GetBodyAsync<UserBody>("/api/v1/manage/me")).UserName);
    }

    [Fact]
    public async Task A_name_already_taken_is_a_conflict_and_nothing_more_is_stored()
    {
        using var admin = await app.EditorAsync();
        var name = NewName("le.vu");
        Assert.Equal(201, (int)(await CreateAuthorAsync(admin, name)).StatusCode);

        await (await CreateUserAsync(admin, new { userName = name, password = "another-password-1", role = "editor" })).AssertProblemAsync(409);

        Assert.Equal(1, await app.DbAsync(db => db.Users.CountAsync(u => u.UserName == name, Ct)));
    }

    [Fact]
    public async Task A_bad_name_and_a_weak_password_are_refused_naming_both()
    {
        using var admin = await app.EditorAsync();

        var keys = await (await CreateUserAsync(admin, new { userName = "Có Dấu", password = "short", role = "editor" })).AssertValidationErrorsAsync();

        Assert.Contains("userName", keys);
        Assert.Contains("password", keys);
    }

    [Fact]
    public async Task An_unknown_role_is_refused()
    {
        using var admin = await app.EditorAsync();
        var name = NewName("x");

        await (await CreateUserAsync(admin, new { userName = name, password = "long-enough-password", role = "owner" })).AssertProblemAsync(400);

        Assert.Equal(0, await app.DbAsync(db => db.Users.CountAsync(u => u.UserName == name, Ct)));
    }

    // --- Changing accounts ------------------------------------------------------------------

    [Fact]
    public async Task Changing_an_account_needs_its_current_version()
    {
        var name = NewName("editor");
        using (await app.UserAsync("editor", name))
        {
        }

        using var admin = await app.EditorAsync();
        var (id, _) = await FindUserAsync(admin, name);
        var update = new { role = "editor", isActive = false };

        await (await admin.PutRawAsync($"/api/v1/manage/users/{id}", update)).AssertProblemAsync(428);
        await (await admin.PutRawAsync($"/api/v1/manage/users/{id}", update, "\"12345\"")).AssertProblemAsync(412);
    }

    [Fact]
    public async Task Disabling_an_account_says_who_did_it_and_ends_its_tokens_at_once()
    {
        var name = NewName("editor");
        using var editor = await app.UserAsync("editor", name);
        Assert.Equal(200, (int)(await editor.GetAsync("/api/v1/manage/articles", Ct)).StatusCode);
        using var admin = await app.EditorAsync();
        var (id, etag) = await FindUserAsync(admin, name);

        var disabled = await admin.PutRawAsync($"/api/v1/manage/users/{id}", new { role = "editor", isActive = false }, etag);

        Assert.Equal(200, (int)disabled.StatusCode);
        Assert.Equal(CmsApp.AdminUser, (await disabled.BodyAsync<UserBody>()).UpdatedBy);
        await (await editor.GetAsync("/api/v1/manage/articles", Ct)).AssertProblemAsync(401);
    }

    [Fact]
    public async Task A_disabled_account_cannot_sign_in()
    {
        var name = NewName("editor");
        using (await app.UserAsync("editor", name))
        {
        }

        using var admin = await app.EditorAsync();
        var (id, etag) = await FindUserAsync(admin, name);
        Assert.Equal(200, (int)(await admin.PutRawAsync($"/api/v1/manage/users/{id}", new { role = "editor", isActive = false }, etag)).StatusCode);

        await (await SignInAsync(name, "wrong-anyway")).AssertProblemAsync(401);
    }

    [Fact]
    public async Task Changing_a_role_ends_older_tokens()
    {
        var name = NewName("author");
        using var user = await app.UserAsync("author", name);
        using var admin = await app.EditorAsync();
        var (id, etag) = await FindUserAsync(admin, name);

        Assert.Equal(200, (int)(await admin.PutRawAsync($"/api/v1/manage/users/{id}", new { role = "editor", isActive = true }, etag)).StatusCode);

        await (await user.GetAsync("/api/v1/manage/me", Ct)).AssertProblemAsync(401);
    }

    [Fact]
    public async Task A_password_an_admin_sets_signs_in_with_the_role_the_account_has_now()
    {
        var name = NewName("author");
        using (await app.UserAsync("author", name))
        {
        }

        using var admin = await app.EditorAsync();
        var (id, etag) = await FindUserAsync(admin, name);
        Assert.Equal(200, (int)(await admin.PutRawAsync($"/api/v1/manage/users/{id}", new { role = "editor", isActive = true }, etag)).StatusCode);

        Assert.Equal(204, (int)(await admin.PostAsJsonAsync($"/api/v1/manage/users/{id}/password", new { newPassword = "reset-by-admin-1" }, Ct)).StatusCode);

        using var again = await app.SignInAsync(name, "reset-by-admin-1");
        Assert.Equal("editor", (await again.GetBodyAsync<UserBody>("/api/v1/manage/me")).Role);
    }

    [Fact]
    public async Task Changing_ones_own_password_needs_the_current_one()
    {
        using var user = await UserWithPasswordAsync("reset-by-admin-1");

        var wrong = await user.PostAsJsonAsync("/api/v1/manage/me/password", new { currentPassword = "not-it-at-all", newPassword = "my-own-password-1" }, Ct);

        Assert.Contains("currentPassword", await wrong.AssertValidationErrorsAsync());
    }

    [Fact]
    public async Task Changing_ones_own_password_answers_a_fresh_token_and_ends_the_one_used_and_the_old_password()
    {
        var name = NewName("author");
        using var user = await UserWithPasswordAsync("reset-by-admin-1", name);

        // The user changes their own password: the answer is a fresh token, the one used is over.
        var changed = await user.PostAsJsonAsync("/api/v1/manage/me/password", new { currentPassword = "reset-by-admin-1", newPassword = "my-own-password-1" }, Ct);

        Assert.Equal(200, (int)changed.StatusCode);
        var fresh = (await changed.BodyAsync<TokenBody>()).AccessToken;
        await (await user.GetAsync("/api/v1/manage/me", Ct)).AssertProblemAsync(401);
        using var withFresh = app.Anonymous();
        withFresh.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", fresh);
        Assert.Equal(200, (int)(await withFresh.GetAsync("/api/v1/manage/me", Ct)).StatusCode);
        await (await SignInAsync(name, "reset-by-admin-1")).AssertProblemAsync(401);
    }

    /// <summary>A new author whose password an admin set to <paramref name="password"/>, signed in with it.</summary>
    private async Task<HttpClient> UserWithPasswordAsync(string password, string? name = null)
    {
        name ??= NewName("author");
        using (await app.UserAsync("author", name))
        {
        }

        using var admin = await app.EditorAsync();
        var (id, _) = await FindUserAsync(admin, name);
        Assert.Equal(204, (int)(await admin.PostAsJsonAsync($"/api/v1/manage/users/{id}/password", new { newPassword = password }, Ct)).StatusCode);
        return await app.SignInAsync(name, password);
    }

    // --- Tokens -----------------------------------------------------------------------------

    [Fact]
    public async Task Refreshing_needs_a_token()
    {
        await (await app.Anonymous().PostAsync("/api/v1/auth/refresh", null, Ct)).AssertProblemAsync(401);
    }

    [Fact]
    public async Task A_valid_token_can_be_refreshed_for_a_later_expiry()
    {
        var name = NewName("author");
        using var user = await app.UserAsync("author", name);
        var before = app.Clock.GetUtcNow();
        app.Clock.Advance(TimeSpan.FromMinutes(10));

        var refreshed = await user.PostAsync("/api/v1/auth/refresh", null, Ct);

        Assert.Equal(200, (int)refreshed.StatusCode);
        var body = await refreshed.BodyAsync<TokenBody>();
        Assert.True(body.ExpiresAt > before.AddHours(8));
        Assert.Equal(name, body.UserName);
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
