using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace Cms.Api.Previews;

/// <summary>
/// The token in a preview link's address: the link's id and expiry, signed with HMAC-SHA256,
/// URL-safe base64 (64 characters). The signature makes a guessed or altered id useless; the
/// row (PreviewLink) still decides whether the link works, so revoking it needs no key change.
/// The key is derived from the access-token signing key (Cms:Auth:SigningKey, or the one kept
/// in the data directory), so every API process that accepts the same sign-ins accepts the
/// same links, and no second secret has to be kept in step.
/// </summary>
internal sealed class PreviewTokens(SymmetricSecurityKey signingKey)
{
    private const int PayloadLength = 16; // id, expiry (ticks), both big-endian
    private const int SignatureLength = 32;

    private readonly byte[] key = HKDF.DeriveKey(HashAlgorithmName.SHA256, signingKey.Key, 32, info: Encoding.UTF8.GetBytes("cms preview links v1"));

    public string Create(long linkId, DateTimeOffset expiresAt)
    {
        Span<byte> token = stackalloc byte[PayloadLength + SignatureLength];
        BinaryPrimitives.WriteInt64BigEndian(token, linkId);
        BinaryPrimitives.WriteInt64BigEndian(token[8..], expiresAt.UtcTicks);
        HMACSHA256.HashData(key, token[..PayloadLength], token[PayloadLength..]);
        return Base64UrlEncoder.Encode(token.ToArray());
    }

    /// <summary>The link id and expiry a token carries, or null when it is not one this API signed.</summary>
    public (long LinkId, DateTimeOffset ExpiresAt)? Read(string? token)
    {
        // 64 characters exactly: anything else is refused before any decoding or hashing.
        if (token is null || token.Length != 64 || !token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            return null;
        }

        var bytes = Base64UrlEncoder.DecodeBytes(token);
        if (bytes.Length != PayloadLength + SignatureLength)
        {
            return null;
        }

        Span<byte> expected = stackalloc byte[SignatureLength];
        HMACSHA256.HashData(key, bytes.AsSpan(0, PayloadLength), expected);
        if (!CryptographicOperations.FixedTimeEquals(expected, bytes.AsSpan(PayloadLength)))
        {
            return null;
        }

        var ticks = BinaryPrimitives.ReadInt64BigEndian(bytes.AsSpan(8));
        return ticks < DateTimeOffset.MinValue.UtcTicks || ticks > DateTimeOffset.MaxValue.UtcTicks
            ? null
            : (BinaryPrimitives.ReadInt64BigEndian(bytes), new DateTimeOffset(ticks, TimeSpan.Zero));
    }
}
