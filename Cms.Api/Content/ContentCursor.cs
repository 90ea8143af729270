using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Cms.Api.Content;

/// <summary>
/// A position in a newest-first list: the (publishedAt, id) of the last item seen. Keyset
/// paging from it costs the same at item 20 and at item 100,000, and an item published
/// meanwhile never shifts what comes next. Opaque to clients: base64url of "ticks.id".
/// </summary>
internal sealed record ContentCursor(DateTimeOffset PublishedAt, long Id)
{
    public override string ToString() =>
        Base64Url.EncodeToString(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{PublishedAt.UtcTicks}.{Id}")));

    public static ContentCursor? Parse(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        try
        {
            var parts = Encoding.ASCII.GetString(Base64Url.DecodeFromChars(value)).Split('.');
            return parts.Length == 2
                && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
                && ticks <= DateTimeOffset.MaxValue.UtcTicks
                && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                ? new ContentCursor(new DateTimeOffset(ticks, TimeSpan.Zero), id)
                : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    public static bool IsValid(string? value) => string.IsNullOrEmpty(value) || Parse(value) is not null;
}
