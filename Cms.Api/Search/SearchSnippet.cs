using System.Globalization;
using System.Text;

namespace Cms.Api.Search;

/// <summary>
/// The passage of a search hit around the first matching word, HTML-escaped, with each
/// matching word wrapped in &lt;mark&gt;. Matching folds each character the way the database
/// does (tone marks removed, đ → d, lower case), one character for one, so positions in the
/// folded text are positions in the original and the marks land on the words as written.
/// </summary>
internal static class SearchSnippet
{
    private const int Before = 60;
    private const int Length = 220;

    /// <summary>The folded words of a query, e.g. "Sóc  Trăng!" → ["soc", "trang"].</summary>
    public static IReadOnlyList<string> Terms(string query)
    {
        var folded = Fold(query.Normalize(NormalizationForm.FormC));
        return Words(folded).Select(w => folded.Substring(w.Start, w.Length)).Distinct(StringComparer.Ordinal).ToList();
    }

    public static bool HasTerms(string? query) => !string.IsNullOrWhiteSpace(query) && Terms(query).Count > 0;

    public static string? Build(string? text, IReadOnlyList<string> terms)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var folded = Fold(text);
        var words = Words(folded).ToList();
        var hits = words.Where(w => terms.Contains(folded.Substring(w.Start, w.Length), StringComparer.Ordinal)).ToList();
        var start = hits.Count == 0 ? 0 : WordStartAtOrBefore(words, hits[0].Start - Before);
        var end = Math.Min(text.Length, start + Length);
        if (end < text.Length)
        {
            // End on a whole word.
            var last = words.LastOrDefault(w => w.Start + w.Length <= end && w.Start >= start);
            end = last.Length > 0 ? last.Start + last.Length : end;
            end -= end > start && char.IsHighSurrogate(text[end - 1]) ? 1 : 0; // never half an emoji
        }

        var html = new StringBuilder();
        if (start > 0)
        {
            html.Append('…');
        }

        var at = start;
        foreach (var hit in hits.Where(h => h.Start >= start && h.Start + h.Length <= end))
        {
            html.Append(Escape(text[at..hit.Start]))
                .Append("<mark>").Append(Escape(text.Substring(hit.Start, hit.Length))).Append("</mark>");
            at = hit.Start + hit.Length;
        }

        html.Append(Escape(text[at..end]));
        if (end < text.Length)
        {
            html.Append('…');
        }

        return html.ToString().Replace('\n', ' ');
    }

    /// <summary>
    /// Escapes only what HTML needs (&amp; &lt; &gt; &quot; &#39;): Vietnamese letters and emoji stay
    /// as they are, so apps that show the snippet as text need to undo only these five.
    /// </summary>
    private static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal)
            .Replace("'", "&#39;", StringComparison.Ordinal);

    /// <summary>Lower case without tone marks, character for character (same length as the input).</summary>
    public static string Fold(string text)
    {
        var result = new char[text.Length];
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            result[i] = c is 'đ' or 'Đ'
                ? 'd'
                : char.ToLowerInvariant(c < 128 || char.IsSurrogate(c) ? c : c.ToString().Normalize(NormalizationForm.FormD)[0]);
        }

        return new string(result);
    }

    private static int WordStartAtOrBefore(List<(int Start, int Length)> words, int position) =>
        position <= 0 ? 0 : words.LastOrDefault(w => w.Start <= position).Start;

    private static IEnumerable<(int Start, int Length)> Words(string text)
    {
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !IsWordChar(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && IsWordChar(text[i]))
            {
                i++;
            }

            if (i > start)
            {
                yield return (start, i - start);
            }
        }
    }

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;
}
