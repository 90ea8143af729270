using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

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
    IReadOnlyList<SeedExchange> Exchanges,
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
        var (exchanges, closing, speaker) = ParseExchanges(lines[4..bylineIndex]);
        var videos = lines.Skip(bylineIndex + 1).TakeWhile(l => l.StartsWith('•')).Select(l => l.TrimStart('•').Trim()).ToList();

        return new SeedPage(
            views, title, lead, caption, speaker,
            caption[(caption.IndexOf(" - ", StringComparison.Ordinal) + 3)..].Trim(),
            exchanges, closing,
            lines[bylineIndex][..^VideoHeading.Length].Trim(),
            videos,
            new SeedStatistics(Figure(lines, "Đang online"), Figure(lines, "Hôm nay"), Figure(lines, "Trong tuần"), Figure(lines, "Tất cả")));
    }

    /// <summary>
    /// Questions start with "*"; the paragraphs after one are its answer, the first led by
    /// the speaker ("Đồng chí Nguyễn Văn Quận: ..."). A last question with no answer is
    /// the closing line ("Xin cảm ơn đồng chí!").
    /// </summary>
    private static (List<SeedExchange> Exchanges, string? Closing, string Speaker) ParseExchanges(IEnumerable<string> lines)
    {
        var blocks = new List<(string Question, List<string> Answer)>();
        foreach (var line in lines)
        {
            if (line.StartsWith('*'))
            {
                blocks.Add((line.TrimStart('*').Trim(), []));
            }
            else if (blocks.Count > 0)
            {
                blocks[^1].Answer.Add(line);
            }
        }

        string? closing = null;
        if (blocks.Count > 0 && blocks[^1].Answer.Count == 0)
        {
            closing = blocks[^1].Question;
            blocks.RemoveAt(blocks.Count - 1);
        }

        var speaker = string.Empty;
        var exchanges = new List<SeedExchange>();
        foreach (var (question, answer) in blocks)
        {
            var lead = SpeakerPrefix().Match(answer[0]);
            if (lead.Success)
            {
                speaker = lead.Groups["name"].Value.Trim();
                answer[0] = answer[0][lead.Length..];
            }

            exchanges.Add(new SeedExchange(question, string.Join("\n\n", answer)));
        }

        return (exchanges, closing, speaker);
    }

    private static long Figure(List<string> lines, string label)
    {
        var line = lines.First(l => l.TrimStart('•').Trim().StartsWith(label + ":", StringComparison.Ordinal));
        return long.Parse(new string(line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Where(char.IsAsciiDigit).ToArray()), CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"^Lượt xem:\s*([0-9]+)")]
    private static partial Regex ViewsLine();

    [GeneratedRegex(@"^Đồng chí (?<name>[\p{L} ]{3,60}):\s*")]
    private static partial Regex SpeakerPrefix();
}

public sealed record SeedExchange(string Question, string Answer);

/// <summary>The portal's "Thống kê truy cập" box: Đang online, Hôm nay, Trong tuần, Tất cả.</summary>
public sealed record SeedStatistics(long Online, long Today, long ThisWeek, long Total);
