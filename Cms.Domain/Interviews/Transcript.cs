using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Cms.Domain.Interviews;

/// <summary>One question and its answer as a transcript gives them; Speaker is who answered when it is not the interviewee.</summary>
public sealed record TranscriptExchange(string Question, string Answer, string? Speaker);

/// <summary>
/// An interview as newsrooms receive it from a word processor (the seed page's form): a
/// title and a lead, perhaps the photo caption "Đồng chí Nguyễn Văn Quận - Bí thư Thành ủy",
/// then questions marked with "*" (or a list bullet), each followed by its answer in one or
/// more paragraphs, the first led by the speaker ("Đồng chí Nguyễn Văn Quận: ..."). A last
/// question with no answer is the closing line ("Xin cảm ơn đồng chí!").
/// </summary>
public sealed partial record Transcript(
    string? Title,
    string? Lead,
    string? IntervieweeName,
    string? IntervieweePosition,
    IReadOnlyList<TranscriptExchange> Exchanges,
    string? Closing)
{
    /// <summary>Plain text: one paragraph per line; blank lines are ignored.</summary>
    public static Transcript Parse(string text)
    {
        var lines = text.Normalize(NormalizationForm.FormC).Replace("\r\n", "\n", StringComparison.Ordinal)
            .Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        var firstQuestion = lines.FindIndex(IsQuestion);
        var preamble = firstQuestion < 0 ? lines : lines[..firstQuestion];

        // The caption names the interviewee and their position; the other lines are title and lead.
        var caption = preamble.Select(l => Caption().Match(l)).FirstOrDefault(m => m.Success);
        var prose = preamble.Where(l => !Caption().IsMatch(l)).ToList();
        var (exchanges, closing, speaker) = ParseExchanges(firstQuestion < 0 ? [] : lines[firstQuestion..]);
        var name = speaker ?? caption?.Groups["name"].Value.Trim();
        return new Transcript(
            prose.FirstOrDefault(),
            prose.Count > 1 ? string.Join("\n\n", prose.Skip(1)) : null,
            name,
            caption?.Groups["position"].Value.Trim(),
            exchanges.Select(e => e with { Speaker = SamePerson(e.Speaker, name) ? null : e.Speaker }).ToList(),
            closing);
    }

    /// <summary>HTML pasted from a word processor or a web page: paragraphs, line breaks and list items become lines, list items questions.</summary>
    public static Transcript ParseHtml(string html)
    {
        var text = ListItem().Replace(html, "\n* ");
        text = BlockBreak().Replace(text, "\n");
        text = WebUtility.HtmlDecode(AnyTag().Replace(text, string.Empty)).Replace('\u00A0', ' ');
        return Parse(text);
    }

    private static bool IsQuestion(string line) => line[0] is '*' or '•' or '·';

    private static (List<TranscriptExchange> Exchanges, string? Closing, string? Speaker) ParseExchanges(IEnumerable<string> lines)
    {
        var blocks = new List<(string Question, List<string> Answer)>();
        foreach (var line in lines)
        {
            if (IsQuestion(line))
            {
                blocks.Add((line.TrimStart('*', '•', '·').Trim(), []));
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

        string? interviewee = null;
        var exchanges = new List<TranscriptExchange>();
        foreach (var (question, answer) in blocks.Where(b => b.Answer.Count > 0))
        {
            string? speaker = null;
            var lead = SpeakerPrefix().Match(answer[0]);
            if (lead.Success)
            {
                speaker = lead.Groups["name"].Value.Trim();
                interviewee ??= speaker; // the first to answer is the one interviewed
                answer[0] = answer[0][lead.Length..];
            }

            exchanges.Add(new TranscriptExchange(question, string.Join("\n\n", answer.Where(p => p.Length > 0)), speaker));
        }

        return (exchanges, closing, interviewee);
    }

    private static bool SamePerson(string? a, string? b) =>
        a is null || string.Equals(a, b, StringComparison.CurrentCultureIgnoreCase);

    /// <summary>"Đồng chí Nguyễn Văn Quận:" (also Ông, Bà, Anh, Chị): the name is what follows the form of address.</summary>
    [GeneratedRegex(@"^(?:Đồng chí|Ông|Bà|Anh|Chị)\s+(?<name>\p{Lu}[\p{L} ]{1,60}?)\s*:\s*")]
    private static partial Regex SpeakerPrefix();

    [GeneratedRegex(@"^(?:Đồng chí|Ông|Bà|Anh|Chị)\s+(?<name>\p{Lu}[\p{L} ]{1,60}?)\s+[-–]\s+(?<position>.{2,500})$")]
    private static partial Regex Caption();

    [GeneratedRegex(@"<li\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ListItem();

    [GeneratedRegex(@"<br\s*/?>|</?(?:p|div|h[1-6]|ul|ol|li|tr|blockquote)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockBreak();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex AnyTag();
}
