using Cms.Api.Auth;
using Cms.Api.Content;
using Cms.Domain.Common;
using Cms.Domain.Content;
using Cms.Domain.Users;
using Cms.Infrastructure.Notes;
using Cms.Infrastructure.Persistence;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Cms.Api.Notes;

/// <summary>
/// What each note route of one content type does (the routes: <see cref="NoteEndpoints"/>).
/// Notes never touch the item, so its version (the ETag) stays as it was. Refusals are
/// exceptions, as in ManagedContentHandlers.
/// </summary>
internal static class NoteHandlers<TEntity>
    where TEntity : ContentItem
{
    public static async Task<Ok<NotesResponse>> ListAsync(long id, CmsDbContext db, NoteDigests digests, HttpContext http, CancellationToken ct)
    {
        await EnsureMaySeeAsync(db, id, http, ct);
        var notes = (await Rows(db, db.ContentNotes.Where(n => n.ContentId == id)).ToListAsync(ct)).OrderBy(n => n.Id).ToList();
        var replies = notes.Where(n => n.ParentId is not null).ToLookup(n => n.ParentId!.Value);
        var threads = notes.Where(n => n.ParentId is null).Select(n => n with { Replies = [.. replies[n.Id]] }).ToList();
        var returned = (await digests.ForAsync([id], ct))[id].Returned;
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(new NotesResponse(threads,
            returned is null ? null : new ReturnedNotice(returned.Reason, returned.At, returned.By, returned.ByName)));
    }

    public static async Task<Created<NoteResponse>> AddAsync(long id, NoteRequest request, CmsDbContext db, HttpContext http, CancellationToken ct)
    {
        await EnsureMaySeeAsync(db, id, http, ct);
        ContentNote note;
        if (request.ParentId is { } parentId)
        {
            var parent = await db.ContentNotes.AsNoTracking().FirstOrDefaultAsync(n => n.Id == parentId && n.ContentId == id, ct)
                ?? throw new ValidationException([new ValidationFailure("parentId", $"This item has no note {parentId}.")]);
            note = ContentNote.Reply(parent, request.Text!);
        }
        else
        {
            note = ContentNote.Comment(id, request.Text!);
        }

        db.ContentNotes.Add(note);
        await db.SaveChangesAsync(ct);
        var saved = await Rows(db, db.ContentNotes.Where(n => n.Id == note.Id)).SingleAsync(ct);
        return TypedResults.Created($"/api/v1/manage/{ContentKind.Of<TEntity>().Route}/{id}/notes/{note.Id}", saved);
    }

    public static async Task<NoContent> DeleteAsync(long id, long noteId, CmsDbContext db, HttpContext http, CancellationToken ct)
    {
        await EnsureMaySeeAsync(db, id, http, ct);
        var note = await db.ContentNotes.FirstOrDefaultAsync(n => n.Id == noteId && n.ContentId == id, ct)
            ?? throw new NotFoundException("Note", noteId);
        EditorialRights.EnsureMayDeleteNote(http.User.ToActor(), note);
        db.ContentNotes.Remove(note); // its replies go with it (ON DELETE CASCADE)
        await db.SaveChangesAsync(ct);
        return TypedResults.NoContent();
    }

    /// <summary>Notes as answered, each with its writer's display name.</summary>
    private static IQueryable<NoteResponse> Rows(CmsDbContext db, IQueryable<ContentNote> notes) =>
        from n in notes.AsNoTracking()
        join u in db.Users on n.CreatedBy equals u.UserName into users
        from u in users.DefaultIfEmpty()
        select new NoteResponse(n.Id, n.ParentId, n.Kind, n.Text, n.CreatedAt, n.CreatedBy, u == null ? null : u.DisplayName);

    private static Task EnsureMaySeeAsync(CmsDbContext db, long id, HttpContext http, CancellationToken ct) =>
        VisibleItem.FindAsync<TEntity>(db, id, http.User, ct);
}
