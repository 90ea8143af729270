using Cms.Api.Auth;
using Cms.Api.Authors;
using Cms.Api.Content;
using Cms.Domain.Authors;
using Cms.Domain.Common;
using Cms.Domain.Content;
using Cms.Domain.Users;
using Cms.Infrastructure.Persistence;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Cms.Api.Royalties;

/// <summary>What an item's royalty routes do (the routes and who may call them: <see cref="RoyaltyEndpoints"/>).</summary>
internal static class RoyaltyHandlers<TEntity>
    where TEntity : ContentItem
{
    private static string One => ContentKind.Of<TEntity>().Singular;

    public static async Task<Ok<ItemRoyalties>> GetAsync(long id, CmsDbContext db, HttpContext http, CancellationToken ct)
    {
        await VisibleItem.FindAsync<TEntity>(db, id, http.User, ct);
        return TypedResults.Ok(await ReadAsync(db, id, ct));
    }

    public static async Task<Ok<ItemRoyalties>> SetAsync(long id, RoyaltiesRequest request, CmsDbContext db, TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var item = await db.Set<TEntity>().AsNoTracking().Include(x => x.Credits).FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException(One, id);
        if (item.EffectiveStatusAt(now) != ContentStatus.Published)
        {
            throw new ConflictException($"Royalties are set on published items; this one is {item.EffectiveStatusAt(now).ToString().ToLowerInvariant()}.");
        }

        var entries = request.Royalties!;
        var credited = item.Credits.Select(c => c.AuthorId).ToHashSet();
        var uncredited = entries.Select((e, i) => (e.AuthorId!.Value, i)).Where(e => !credited.Contains(e.Value))
            .Select(e => new ValidationFailure($"royalties[{e.i}].authorId", $"Author {e.Value} is not credited on this {One.ToLowerInvariant()}.")).ToList();
        if (uncredited.Count > 0)
        {
            throw new ValidationException(uncredited);
        }

        var actor = http.User.ToActor().UserName;
        await db.InTransactionAsync(async cancel =>
        {
            db.ChangeTracker.Clear(); // a retried attempt adds the set again, not beside the first attempt's
            await db.Royalties.Where(r => r.ContentId == id).ExecuteDeleteAsync(cancel);
            db.Royalties.AddRange(entries.Select(e => new Royalty(id, e.AuthorId!.Value, e.Points, e.Amount, e.Note, actor, now)));
            await db.SaveChangesAsync(acceptAllChangesOnSuccess: false, cancel); // accepted once committed, below
        }, ct);
        db.ChangeTracker.AcceptAllChanges();
        return TypedResults.Ok(await ReadAsync(db, id, ct));
    }

    /// <summary>The item's royalties in byline order (a person no longer credited last), with their sums.</summary>
    private static async Task<ItemRoyalties> ReadAsync(CmsDbContext db, long id, CancellationToken ct)
    {
        var rows = await (from r in db.Royalties.AsNoTracking()
                          where r.ContentId == id
                          join a in db.Authors on r.AuthorId equals a.Id
                          select new
                          {
                              Royalty = new RoyaltyResponse
                              {
                                  Author = new AuthorRef { Id = a.Id, Name = a.Name, Slug = a.Slug, Title = a.Title },
                                  Points = r.Points,
                                  Amount = r.Amount,
                                  Note = r.Note,
                                  SetBy = r.SetBy,
                                  SetAt = r.SetAt,
                              },
                              Position = db.ContentCredits.Where(c => c.ContentId == id && c.AuthorId == a.Id).Min(c => (int?)c.Position),
                          }).ToListAsync(ct);
        var royalties = rows.OrderBy(r => r.Position ?? int.MaxValue).ThenBy(r => r.Royalty.Author.Id).Select(r => r.Royalty).ToList();
        return new ItemRoyalties(id, royalties, royalties.Sum(r => r.Points ?? 0), royalties.Sum(r => r.Amount ?? 0));
    }
}
