using FluentValidation;
using FluentValidation.Results;

namespace Cms.Api.Content;

/// <summary>The ids of a batch read (GET /{type}/batch): 1 to <see cref="MaxIds"/> positive ids, each once.</summary>
internal static class ItemBatchQuery
{
    /// <summary>As many as a list page's largest (pageSize=100): a request stays one quick query.</summary>
    public const int MaxIds = 100;

    /// <summary>The ids, first occurrence kept; a 400 for none, too many, or one that cannot be an id.</summary>
    public static IReadOnlyList<long> Validate(long[]? ids)
    {
        if (ids is not { Length: > 0 })
        {
            throw Invalid("Say which items: ?ids=1&ids=2…");
        }

        if (ids.Any(id => id <= 0))
        {
            throw Invalid("Every id must be a positive whole number.");
        }

        var distinct = ids.Distinct().ToList();
        return distinct.Count <= MaxIds ? distinct : throw Invalid($"At most {MaxIds} ids per request.");
    }

    private static ValidationException Invalid(string message) => new([new ValidationFailure("ids", message)]);
}
