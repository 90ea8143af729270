using System.Linq.Expressions;

namespace Cms.Domain.Content;

/// <summary>
/// What "public now" means, said once: an item is public when its status is one of
/// <see cref="Statuses"/> and its time of publishing has come (a scheduled item is public from
/// its time on, before the scheduler marks it published). The entity asks it through
/// <see cref="ContentItem.IsPublicAt"/>, LINQ queries through <see cref="Filter{T}"/>, and
/// hand-written SQL and the public indexes through the fragment Cms.Infrastructure's
/// <c>PublicSql</c> writes from <see cref="Statuses"/>. A test fails when other code says it
/// again in its own words (PublicNowTests).
/// </summary>
public static class PublicNow
{
    /// <summary>The statuses a reader may see, once the item's time of publishing has come.</summary>
    public static IReadOnlyList<ContentStatus> Statuses { get; } = [ContentStatus.Published, ContentStatus.Scheduled];

    public static bool Is(ContentStatus status, DateTimeOffset? publishedAt, DateTimeOffset now) =>
        Statuses.Contains(status) && publishedAt <= now;

    /// <summary>The status as a reader would see it: a scheduled item whose time has come is published.</summary>
    public static ContentStatus Effective(ContentStatus status, DateTimeOffset? publishedAt, DateTimeOffset now) =>
        status == ContentStatus.Scheduled && publishedAt <= now ? ContentStatus.Published : status;

    /// <summary>
    /// The rule as a query filter. The statuses are constants (PostgreSQL matches them to the
    /// public indexes' filter, which a parameter would not); the time is a captured value, so
    /// EF sends it as a parameter and the statement is prepared once.
    /// </summary>
    public static Expression<Func<T, bool>> Filter<T>(DateTimeOffset now)
        where T : ContentItem
    {
        var item = Expression.Parameter(typeof(T), "x");
        // As the C# compiler writes `x.Status == ContentStatus.Published`: compared as numbers.
        var status = Expression.Convert(Expression.Property(item, nameof(ContentItem.Status)), typeof(int));
        var shown = Statuses.Select(s => (Expression)Expression.Equal(status, Expression.Constant((int)s))).Aggregate(Expression.OrElse);
        Expression<Func<DateTimeOffset?>> time = () => now;
        var due = Expression.LessThanOrEqual(Expression.Property(item, nameof(ContentItem.PublishedAt)), time.Body);
        return Expression.Lambda<Func<T, bool>>(Expression.AndAlso(shown, due), item);
    }
}
