using Cms.Api.Configuration;
using Microsoft.IdentityModel.Tokens;

namespace Cms.Api.Auth;

/// <summary>The HMAC key tokens are signed with: configured, or generated once into the data directory.</summary>
internal static class SigningKey
{
    public const string FileName = "token-signing-key";

    public static SymmetricSecurityKey Resolve(CmsOptions options, SecretStore secrets)
    {
        var encoded = options.Auth.SigningKey;
        if (string.IsNullOrWhiteSpace(encoded))
        {
            encoded = secrets.GetOrCreate(FileName, () => SecretStore.RandomToken(64)).Value;
        }

        var bytes = Base64UrlEncoder.DecodeBytes(encoded.Replace('+', '-').Replace('/', '_').TrimEnd('='));
        if (bytes.Length < 32)
        {
            throw new InvalidOperationException("Cms:Auth:SigningKey must be at least 32 bytes, base64-encoded.");
        }

        return new SymmetricSecurityKey(bytes);
    }
}
