using Cms.Domain.Content;

namespace Cms.Api.Content;

/// <summary>
/// What differs per content type when a request is written: building and updating the entity,
/// and the reverse, the request that would write the entity as it is (revisions keep that).
/// </summary>
internal interface IContentEditor<TEntity, TRequest>
    where TEntity : ContentItem
    where TRequest : ContentRequest
{
    TEntity Create(TRequest request, ContentFields fields, DateTimeOffset now);

    void Update(TEntity entity, TRequest request, ContentFields fields, DateTimeOffset now);

    TRequest Snapshot(TEntity entity);
}
