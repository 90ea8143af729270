using System.Linq.Expressions;
using System.Security.Cryptography;
using System.Text;
using Cms.Api.Content;
using Cms.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace Cms.Api.Common;

/// <summary>
/// Strong ETags from the row version (PostgreSQL xmin): they change on every write,
/// view counts included, so caches revalidate cheaply and editors detect stale copies.
/// </summary>
internal static class ETags
{
    public static string From(uint version) => $"\"{version}\"";

    /// <summary>
    /// A public item's tag: its version, its view count, and a hash of what it shows from rows
    /// of their own, its section's, tags' and credited authors' names and slugs, which change
    /// without the item's version when an editor renames a section, a tag or an author (or merges tags).
    /// </summary>
    public static string ForPublicItem(ContentDetail item)
    {
        var shown = new StringBuilder().Append(item.Category?.Id).Append('\u001f').Append(item.Category?.Name).Append('\u001f').Append(item.Category?.Slug);
        foreach (var tag in item.Tags.OrderBy(t => t.Slug, StringComparer.Ordinal))
        {
            shown.Append('\u001f').Append(tag.Name).Append('\u001f').Append(tag.Slug);
        }

        foreach (var credit in item.Credits)
        {
            shown.Append('\u001f').Append(credit.Author.Name).Append('\u001f').Append(credit.Author.Slug).Append('\u001f').Append(credit.Author.Title);
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(shown.ToString())), 0, 4);
        return $"\"{item.Version}-{item.ViewCount}-{hash}\"";
    }

    /// <summary>
    /// The version an If-Match header names; null for "*" (any current version) and, unless
    /// <paramref name="required"/>, for no header at all. Replacing or deleting requires one.
    /// </summary>
    public static uint? ParseIfMatch(string? header, bool required)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return required ? throw new Errors.PreconditionRequiredException() : null;
        }

        if (header.Trim() == "*")
        {
            return null;
        }

        var value = header.Trim();
        if (value.StartsWith("W/", StringComparison.Ordinal))
        {
            value = value[2..];
        }

        return uint.TryParse(value.Trim('"'), out var version)
            ? version
            : throw new BadHttpRequestException("If-Match must be an ETag returned by this API, e.g. \"1234\".");
    }

    /// <summary>
    /// Checks If-Match against the loaded <paramref name="entity"/>'s version (412 when another
    /// save came in between) and pins that version as the one the UPDATE expects, so a save
    /// racing another fails too instead of overwriting it.
    /// </summary>
    public static void PinVersion<T>(DbContext db, T entity, Expression<Func<T, uint>> version, string? ifMatch, string what, object id, bool required = true)
        where T : class
    {
        if (ParseIfMatch(ifMatch, required) is { } expected)
        {
            var property = db.Entry(entity).Property(version);
            if (expected != property.CurrentValue)
            {
                throw new StaleVersionException(what, id);
            }

            property.OriginalValue = expected;
        }
    }

    public static bool Matches(string? ifNoneMatch, string etag) =>
        ifNoneMatch is not null && ifNoneMatch.Split(',').Any(t => t.Trim() == etag || t.Trim() == "*");
}
