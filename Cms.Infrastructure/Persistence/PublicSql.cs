using Cms.Domain.Content;

namespace Cms.Infrastructure.Persistence;

/// <summary>
/// "Public now" (<see cref="PublicNow"/>) in hand-written SQL, written from its statuses: the
/// one fragment every such query and the public indexes' filter use. PostgreSQL uses a
/// partial index only when a query states its filter, so the words must be the same.
/// </summary>
public static class PublicSql
{
    /// <summary>"status IN ('Published', 'Scheduled')": the public indexes' filter.</summary>
    public static readonly string Statuses = StatusesOf(string.Empty);

    /// <summary>
    /// Public at the time in parameter <paramref name="timeParameter"/> ("$1"), of the table
    /// <paramref name="alias"/> names ("c", or empty for the only one); content_item_tags
    /// carries its item's status and time too, so a tag link reads the same way.
    /// </summary>
    public static string At(string alias, string timeParameter)
    {
        var prefix = alias.Length == 0 ? string.Empty : alias + ".";
        return $"{StatusesOf(prefix)} AND {prefix}published_at <= {timeParameter}";
    }

    private static string StatusesOf(string prefix) =>
        $"{prefix}status IN ({string.Join(", ", PublicNow.Statuses.Select(s => $"'{s}'"))})";
}
