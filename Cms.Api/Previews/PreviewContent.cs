using Cms.Api.Content;
using Cms.Api.Mapping;
using Cms.Api.Revisions;
using Cms.Domain.Common;
using Cms.Domain.Content;
using Cms.Infrastructure.Persistence;
using FluentValidation;
using Mapster;
using Microsoft.EntityFrameworkCore;

namespace Cms.Api.Previews;

/// <summary>
/// An item as readers would see it if it were published now: its working copy written over it
/// when it has one (the next version an editor is preparing), else the item as saved, whatever
/// its status, in the public response of its type. Nothing is saved: the item is read untracked
/// and the copy is applied in memory through the same editor a PUT uses (sanitizer included).
/// </summary>
internal sealed class PreviewContent(CmsDbContext db, ContentFieldsFactory fields, RevisionLog revisions, TypeAdapterConfig mapping,
    TimeProvider clock, IServiceProvider services)
{
    public async Task<TResponse> ReadAsync<TEntity, TRequest, TResponse>(long id, CancellationToken ct)
        where TEntity : ContentItem
        where TRequest : ContentRequest
        where TResponse : ContentDetail
    {
        var item = await db.Set<TEntity>().AsNoTracking().Include(x => x.Category).Include(x => x.Tags)
            .FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException(ContentKind.Of<TEntity>().Singular, id);
        var now = clock.GetUtcNow();
        var copy = await db.ContentWorkingCopies.AsNoTracking().Where(c => c.ContentId == id).Select(c => c.Snapshot).FirstOrDefaultAsync(ct);
        if (copy is not null)
        {
            var request = revisions.Read<TRequest>(copy);
            services.GetRequiredService<IContentEditor<TEntity, TRequest>>().Update(item, request, await FieldsAsync(request, ct), now);
        }

        var views = await db.ContentViewTotals.Where(v => v.ContentId == id).Select(v => v.Views).FirstOrDefaultAsync(ct);
        // No old addresses: a preview is reached by its token, never redirected to.
        return item.ToResponse<TEntity, TResponse>(mapping, now, views, oldSlugs: []);
    }

    /// <summary>
    /// The copy's shared fields. Its section may have been deleted since it was saved (publishing
    /// it would then be refused until an editor picks another): shown without one, not refused.
    /// </summary>
    private async Task<ContentFields> FieldsAsync(ContentRequest request, CancellationToken ct)
    {
        try
        {
            return await fields.CreateAsync(request, ct);
        }
        catch (ValidationException)
        {
            return await fields.CreateAsync(request with { CategoryId = null }, ct);
        }
    }
}
