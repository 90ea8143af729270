using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Cms.Domain.Interviews;

namespace Cms.Infrastructure.Seeding;

/// <summary>
/// The real portal page the project grew from (Data/seed-page.txt), read into its parts:
/// the interview (title, lead, photo caption, questions and answers, byline, view count),
/// the "Phim tư liệu" titles and the "Thống kê truy cập" figures. Parsing the page itself,
/// rather than retyping it, keeps the demo content exactly what the portal showed.
/// </summary>
public sealed partial record SeedPage(
    long ViewCount,
    string Title,
    string Lead,
    string PhotoCaption,
    string IntervieweeName,
    string IntervieweePosition,
    IReadOnlyList<TranscriptExchange> Exchanges,
    string? Closing,
    string Byline,
    IReadOnlyList<string> VideoTitles,
    SeedStatistics Statistics)
{
    private const string VideoHeading = "Phim tư liệu";

    public static SeedPage Parse(string text)
    {
        var lines = text.Normalize(NormalizationForm.FormC).Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var views = long.Parse(ViewsLine().Match(lines[0]).Groups[1].Value, CultureInfo.InvariantCulture);
        var (title, lead, caption) = (lines[1], lines[2], lines[3]);

        var bylineIndex = lines.FindIndex(l => l.EndsWith(VideoHeading, StringComparison.Ordinal));
        // The interview itself is a newsroom transcript, read as the transcript import reads one.
        var transcript = Transcript.Parse(string.Join('\n', lines[4..bylineIndex]));
        var videos = lines.Skip(bylineIndex + 1).TakeWhile(l => l.StartsWith('•')).Select(l => l.TrimStart('•').Trim()).ToList();

        return new SeedPage(
            views, title, lead, caption, transcript.IntervieweeName ?? string.Empty,
            caption[(caption.IndexOf(" - ", StringComparison.Ordinal) + 3)..].Trim(),
            transcript.Exchanges, transcript.Closing,
            lines[bylineIndex][..^VideoHeading.Length].Trim(),
            videos,
            new SeedStatistics(Figure(lines, "Đang online"), Figure(lines, "Hôm nay"), Figure(lines, "Trong tuần"), Figure(lines, "Tất cả")));
    }

    private static long Figure(List<string> lines, string label)
    {
        var line = lines.First(l => l.TrimStart('•').Trim().StartsWith(label + ":", StringComparison.Ordinal));
        return long.Parse(new string(line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Where(char.IsAsciiDigit).ToArray()), CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"^Lượt xem:\s*([0-9]+)")]
    private static partial Regex ViewsLine();
}

/// <summary>The portal's "Thống kê truy cập" box: Đang online, Hôm nay, Trong tuần, Tất cả.</summary>
public sealed record SeedStatistics(long Online, long Today, long ThisWeek, long Total);
