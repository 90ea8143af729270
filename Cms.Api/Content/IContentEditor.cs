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

    /// <summary>
    /// <see cref="Create"/>, after what the type's own fields must look up first (a photo story's
    /// photo sizes in the media library, as the cover's); most types look up nothing.
    /// </summary>
    Task<TEntity> CreateAsync(TRequest request, ContentFields fields, ContentFieldsFactory lookups, DateTimeOffset now, CancellationToken ct) =>
        Task.FromResult(Create(request, fields, now));

    /// <summary><see cref="Update"/>, after the type's own look-ups (<see cref="CreateAsync"/>).</summary>
    Task UpdateAsync(TEntity entity, TRequest request, ContentFields fields, ContentFieldsFactory lookups, DateTimeOffset now, CancellationToken ct)
    {
        Update(entity, request, fields, now);
        return Task.CompletedTask;
    }
}
