using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Cms.Api.Changes;

/// <summary>
/// Where a client's copy stands: the last change-log position it has (transaction, seq) and
/// when it last asked (scheduled items that went live since then count as changes). Opaque
/// to clients: base64url of "tx.seq.unixMilliseconds".
/// </summary>
internal sealed record ChangeToken(long Tx, long Seq, DateTimeOffset? At)
{
    public static readonly ChangeToken Start = new(0, 0, null);

    public override string ToString() =>
        Base64Url.EncodeToString(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{Tx}.{Seq}.{At?.ToUnixTimeMilliseconds() ?? 0}")));

    public static ChangeToken? Parse(string value)
    {
        try
        {
            var parts = Encoding.ASCII.GetString(Base64Url.DecodeFromChars(value)).Split('.');
            return parts.Length == 3
                && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var tx)
                && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var seq)
                && long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var ms)
                && ms <= DateTimeOffset.MaxValue.ToUnixTimeMilliseconds()
                ? new ChangeToken(tx, seq, ms == 0 ? null : DateTimeOffset.FromUnixTimeMilliseconds(ms))
                : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
