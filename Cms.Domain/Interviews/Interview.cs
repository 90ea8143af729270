using Cms.Domain.Common;
using Cms.Domain.Content;

namespace Cms.Domain.Interviews;

/// <summary>
/// An interview kept as structure (interviewee, ordered questions and answers) rather
/// than one HTML blob, so every client can lay out the Q&amp;A its own way.
/// </summary>
public sealed class Interview : ContentItem
{
    private List<Exchange> exchanges = [];

    private Interview()
    {
        Interviewee = null!;
    }

    public Interview(ContentFields fields, Interviewee interviewee, IEnumerable<Exchange> exchanges, string? closing, DateTimeOffset now)
        : base(ContentType.Interview, fields, now)
    {
        Interviewee = interviewee;
        SetExchanges(exchanges);
        Closing = Text.CleanOptional(closing);
        IndexText();
    }

    public Interviewee Interviewee { get; private set; }

    public IReadOnlyList<Exchange> Exchanges => exchanges;

    /// <summary>An optional last line such as "Xin cảm ơn đồng chí!".</summary>
    public string? Closing { get; private set; }

    public void Update(ContentFields fields, Interviewee interviewee, IEnumerable<Exchange> exchanges, string? closing, DateTimeOffset now)
    {
        Apply(fields, now);
        Interviewee = interviewee;
        SetExchanges(exchanges);
        Closing = Text.CleanOptional(closing);
        IndexText();
    }

    /// <summary>A live Q&amp;A answer published: one more exchange at the end, the rest as it was.</summary>
    public void AppendExchange(Exchange exchange, DateTimeOffset now)
    {
        exchanges = [.. exchanges, exchange];
        Touch(now);
        IndexText();
    }

    /// <summary>Readers search interviews by who was asked and by what was said.</summary>
    private void IndexText() =>
        SetSearchText([Interviewee.Name, Interviewee.Position, .. exchanges.SelectMany(e => new[] { e.Question, e.Answer }), Closing]);

    private void SetExchanges(IEnumerable<Exchange> items)
    {
        var list = items.ToList();
        if (list.Count == 0)
        {
            throw new ConflictException("An interview needs at least one question and answer.");
        }

        exchanges = list;
    }
}
