using Cms.Api.Content;
using Cms.Api.Validation;
using Cms.Domain.Content;

namespace Cms.Api.Notes;

/// <summary>
/// Staff notes on an item, in threads: for whoever may see the item (editors any, authors their
/// own; Domain/Users/EditorialRights), never for readers. Mapped into each content type's
/// management group. What each route does: <see cref="NoteHandlers{TEntity}"/>.
/// </summary>
internal static class NoteEndpoints
{
    public static void MapNotes<TEntity>(this RouteGroupBuilder group)
        where TEntity : ContentItem
    {
        var kind = ContentKind.Of<TEntity>();
        var one = kind.Noun;

        group.MapGet("/{id:long}/notes", NoteHandlers<TEntity>.ListAsync)
            .WithName($"List{kind.Singular}Notes")
            .WithSummary($"The staff notes on {one}: threads oldest first, each with its replies, and the reason it was returned while it waits on its author")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapPost("/{id:long}/notes", NoteHandlers<TEntity>.AddAsync)
            .Validate<NoteRequest>()
            .WithName($"Add{kind.Singular}Note")
            .WithSummary($"Leave a note on {one}, or reply in a thread (parentId)")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);

        group.MapDelete("/{id:long}/notes/{noteId:long}", NoteHandlers<TEntity>.DeleteAsync)
            .WithName($"Delete{kind.Singular}Note")
            .WithSummary($"Delete a note on {one}, with its replies (authors: their own notes; editors: any)")
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
