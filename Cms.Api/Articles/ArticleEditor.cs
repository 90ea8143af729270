using Cms.Api.Content;
using Cms.Domain.Articles;
using Cms.Domain.Content;
using Ganss.Xss;

namespace Cms.Api.Articles;

internal sealed class ArticleEditor(IHtmlSanitizer sanitizer) : IContentEditor<Article, ArticleRequest>
{
    public Article Create(ArticleRequest request, ContentFields fields, DateTimeOffset now) =>
        new(fields, sanitizer.Sanitize(request.Body!), now);

    public void Update(Article entity, ArticleRequest request, ContentFields fields, DateTimeOffset now) =>
        entity.Update(fields, sanitizer.Sanitize(request.Body!), now);

    public ArticleRequest Snapshot(Article entity) => ContentSnapshot.WithCommonFields(new ArticleRequest { Body = entity.Body }, entity);
}
