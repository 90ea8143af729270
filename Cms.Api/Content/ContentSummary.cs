namespace Cms.Api.Content;

/// <summary>An item as lists show it: everything but the body.</summary>
public sealed record ContentSummary : ContentCard
{
    /// <summary>Videos only: running time in seconds.</summary>
    public int? DurationSeconds { get; init; }

    /// <summary>
    /// Search results only: the passage around the first match, as text with &amp; &lt; &gt; &quot; &#39; escaped and
    /// each matching word in &lt;mark&gt;; safe to insert as HTML.
    /// </summary>
    public string? Snippet { get; init; }
}
