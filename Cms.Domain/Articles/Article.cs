using Cms.Domain.Common;
using Cms.Domain.Content;

namespace Cms.Domain.Articles;

/// <summary>A news article: the shared fields plus a rich-text body (sanitized HTML).</summary>
public sealed class Article : ContentItem
{
    private Article()
    {
        Body = string.Empty;
    }

    public Article(ContentFields fields, string body, DateTimeOffset now)
        : base(ContentType.Article, fields, now)
    {
        Body = string.Empty;
        SetBody(body);
    }

    public string Body { get; private set; }

    public void Update(ContentFields fields, string body, DateTimeOffset now)
    {
        Apply(fields, now);
        SetBody(body);
    }

    private void SetBody(string body)
    {
        Body = Text.Clean(body);
        SetSearchText(Text.FromHtml(Body));
    }
}
