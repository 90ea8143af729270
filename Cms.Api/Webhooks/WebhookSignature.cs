using System.Security.Cryptography;
using System.Text;

namespace Cms.Api.Webhooks;

/// <summary>
/// The signature a receiver checks: HMAC-SHA256, keyed with the subscription's secret, over
/// "{timestamp}.{body}" (the X-Cms-Timestamp header, a dot, the raw request body), sent as
/// X-Cms-Signature: sha256=&lt;lower-case hex&gt;. The timestamp is signed so a captured
/// request cannot be replayed later with a fresh one; receivers should refuse old ones.
/// </summary>
public static class WebhookSignature
{
    public const string SignatureHeader = "X-Cms-Signature";
    public const string TimestampHeader = "X-Cms-Timestamp";
    public const string EventHeader = "X-Cms-Event";
    public const string DeliveryHeader = "X-Cms-Delivery";
    public const string IdempotencyHeader = "Idempotency-Key";

    public static string Sign(string secret, long timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes(timestamp.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".");
        var signed = new byte[prefix.Length + body.Length];
        prefix.CopyTo(signed, 0);
        body.CopyTo(signed.AsSpan(prefix.Length));
        return "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed));
    }

    /// <summary>A new secret for a subscription created without one: 32 random bytes.</summary>
    public static string NewSecret() => "whsec_" + Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
