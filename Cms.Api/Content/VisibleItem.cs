using System.Security.Claims;
using Cms.Api.Auth;
using Cms.Domain.Common;
using Cms.Domain.Content;
using Cms.Domain.Users;
using Cms.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Cms.Api.Content;

/// <summary>
/// The item a management route works on, as the caller may open it: a 404 when there is none of
/// the route's type, a 403 when it is not theirs to see (EditorialRights.MaySee). Everything
/// hanging off an item (revisions, working copy, notes, preview links, royalties, its edit lock)
/// starts here.
/// </summary>
internal static class VisibleItem
{
    public static async Task<TEntity> FindAsync<TEntity>(CmsDbContext db, long id, ClaimsPrincipal user, CancellationToken ct, bool tracked = false)
        where TEntity : ContentItem
    {
        var items = tracked ? db.Set<TEntity>() : db.Set<TEntity>().AsNoTracking();
        var item = await items.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException(ContentKind.Of<TEntity>().Singular, id);
        EditorialRights.EnsureMaySee(user.ToActor(), item);
        return item;
    }
}
