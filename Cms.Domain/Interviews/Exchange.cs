using Cms.Domain.Common;

namespace Cms.Domain.Interviews;

/// <summary>
/// One question and its answer. Answers are plain text; paragraphs are separated by
/// a blank line so that a mobile app can render them natively without HTML.
/// </summary>
public sealed class Exchange
{
    private Exchange()
    {
        Question = string.Empty;
        Answer = string.Empty;
    }

    public Exchange(string question, string answer, string? speaker, string? asker = null)
    {
        Question = Text.Clean(question);
        Answer = NormalizeParagraphs(answer);
        Speaker = Text.CleanOptional(speaker);
        Asker = Text.CleanOptional(asker);
    }

    public string Question { get; private set; }

    public string Answer { get; private set; }

    /// <summary>Who answers, when it is not the interviewee (e.g. a second guest).</summary>
    public string? Speaker { get; private set; }

    /// <summary>Who asked, when a reader did (a live Q&amp;A): "Nguyễn Văn An (Sóc Trăng)"; null for the journalist's own questions.</summary>
    public string? Asker { get; private set; }

    private static string NormalizeParagraphs(string answer)
    {
        var paragraphs = Text.Clean(answer.Replace("\r\n", "\n", StringComparison.Ordinal))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return string.Join("\n\n", paragraphs);
    }
}
