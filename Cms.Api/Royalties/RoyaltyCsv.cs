using System.Globalization;
using System.Text;
using Cms.Domain.Authors;
using Cms.Domain.Content;
using Cms.Domain.Counters;

namespace Cms.Api.Royalties;

/// <summary>
/// The royalty report as a CSV file the accounts office opens in Excel: UTF-8 with a BOM (without
/// it Excel reads Vietnamese as Windows-1252), RFC 4180 quoting and CRLF line ends, numbers with a
/// dot and no thousands separator, times in the portal's zone. Text starting like a formula
/// (=, +, -, @) gets a leading apostrophe, so a title cannot run as one in the spreadsheet.
/// </summary>
internal static class RoyaltyCsv
{
    public const string MediaType = "text/csv; charset=utf-8";

    private static readonly string[] Header = ["Tác giả", "Tiêu đề", "Loại", "Ngày đăng", "Vai trò", "Điểm", "Số tiền (đồng)"];

    public static byte[] Write(RoyaltyReport report, PortalCalendar calendar)
    {
        var csv = new StringBuilder();
        Row(csv, Header);
        foreach (var author in report.Authors)
        {
            foreach (var item in author.Items)
            {
                var published = TimeZoneInfo.ConvertTime(item.PublishedAt, calendar.Zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
                Row(csv, [Text(author.Author.Name), Text(item.Title), TypeLabel(item.Type), published,
                    string.Join(", ", item.Roles.Select(RoleLabel)), Number(item.Points), Number(item.Amount)]);
            }

            Row(csv, [Text(author.Author.Name), "Cộng", string.Empty, string.Empty, string.Empty, Number(author.TotalPoints), Number(author.TotalAmount)]);
        }

        Row(csv, ["Tổng cộng", string.Empty, string.Empty, string.Empty, string.Empty, Number(report.TotalPoints), Number(report.TotalAmount)]);
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        return [.. encoding.GetPreamble(), .. encoding.GetBytes(csv.ToString())];
    }

    /// <summary>The role as a byline prints it ("Bài và ảnh").</summary>
    public static string RoleLabel(CreditRole role) => role switch
    {
        CreditRole.Text => "Bài",
        CreditRole.Photo => "Ảnh",
        CreditRole.Video => "Video",
        CreditRole.Translation => "Dịch",
        _ => role.ToString(),
    };

    private static string TypeLabel(ContentType type) => type switch
    {
        ContentType.Article => "Bài viết",
        ContentType.Interview => "Phỏng vấn",
        ContentType.Video => "Video",
        ContentType.PhotoStory => "Phóng sự ảnh",
        _ => type.ToString(),
    };

    private static void Row(StringBuilder csv, IEnumerable<string> fields) =>
        csv.Append(string.Join(',', fields.Select(Quote))).Append("\r\n");

    /// <summary>RFC 4180: a field with a comma, a quote or a line break goes in quotes, its quotes doubled.</summary>
    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Text(string text) => text.Length > 0 && "=+-@".Contains(text[0], StringComparison.Ordinal) ? "'" + text : text;

    private static string Number(decimal? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Number(long? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;
}
