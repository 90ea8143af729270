using System.Security.Claims;
using System.Text;
using Cms.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Cms.Tests.Api;

/// <summary>Only tokens this API signed, for its audience, unexpired and for a current account, open /manage.</summary>
public sealed class TokenForgeryTests(TokenForgeryTests.App app) : IClassFixture<TokenForgeryTests.App>
{
    private const string Key = "dGVzdC1zaWduaW5nLWtleS10aGF0LWlzLWF0LWxlYXN0LTMyLWJ5dGVzLWxvbmc"; // base64url, 47 bytes

    private async Task<int> StatusWithAsync(string token)
    {
        using var client = app.Anonymous();
        client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "Bearer " + token);
        return (int)(await client.GetAsync("/api/v1/manage/articles", TestContext.Current.CancellationToken)).StatusCode;
    }

    private async Task<string> MintAsync(
        string key = Key, string issuer = "cms", string audience = "cms-manage", string role = "Admin", string? stamp = null, TimeSpan? expiresIn = null)
    {
        var admin = await app.DbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.UserName == CmsApp.AdminUser));
        var now = app.Clock.GetUtcNow().UtcDateTime;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = now.AddHours(-2),
            NotBefore = now.AddHours(-2),
            Expires = now + (expiresIn ?? TimeSpan.FromHours(1)),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Base64UrlEncoder.DecodeBytes(key)), SecurityAlgorithms.HmacSha256),
            Subject = new ClaimsIdentity(
            [
                new Claim("sub", admin.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                new Claim("name", admin.UserName),
                new Claim("role", role),
                new Claim("stamp", stamp ?? admin.SecurityStamp),
            ]),
        });
    }

    [Fact]
    public async Task A_token_minted_with_the_right_key_and_claims_works_so_the_refusals_below_are_real()
    {
        Assert.Equal(200, await StatusWithAsync(await MintAsync()));
    }

    [Theory]
    [InlineData("wrong signature key")]
    [InlineData("wrong issuer")]
    [InlineData("wrong audience")]
    [InlineData("expired")]
    [InlineData("stale security stamp")]
    [InlineData("alg none")]
    [InlineData("payload changed after signing")]
    [InlineData("garbage")]
    [InlineData("empty")]
    public async Task Forged_expired_misdirected_and_malformed_tokens_are_refused(string what)
    {
        var token = await BadTokenAsync(what);

        Assert.Equal(401, await StatusWithAsync(token));
    }

    private async Task<string> BadTokenAsync(string what)
    {
        var parts = (await MintAsync()).Split('.');
        return what switch
        {
            "wrong signature key" => await MintAsync(key: Base64UrlEncoder.Encode(Encoding.UTF8.GetBytes("an-attacker-key-that-is-long-enough-for-hs256"))),
            "wrong issuer" => await MintAsync(issuer: "someone-else"),
            "wrong audience" => await MintAsync(audience: "another-api"),
            "expired" => await MintAsync(expiresIn: TimeSpan.FromMinutes(-5)),
            "stale security stamp" => await MintAsync(stamp: Guid.NewGuid().ToString("N")),
            "alg none" => Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""") + "." + parts[1] + ".",
            "payload changed after signing" =>
                parts[0] + "." + Base64UrlEncoder.Encode(Base64UrlEncoder.Decode(parts[1]).Replace("\"Admin\"", "\"Admin\" ", StringComparison.Ordinal)) + "." + parts[2],
            "garbage" => "not-a-token",
            "empty" => "",
            _ => throw new ArgumentOutOfRangeException(nameof(what), what, null),
        };
    }

    public sealed class App : CmsApp
    {
        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Cms:Auth:SigningKey"] = Key };
    }
}
