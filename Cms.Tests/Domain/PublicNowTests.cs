using System.Text.RegularExpressions;
using Cms.Domain.Articles;
using Cms.Domain.Content;
using Cms.Infrastructure.Persistence;
using Cms.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Cms.Tests.Domain;

/// <summary>
/// "Public now" is said once (PublicNow): the entity, LINQ and SQL forms come from it, and no
/// other code says it again in its own words, where it could drift from the rule.
/// </summary>
public sealed partial class PublicNowTests
{
    private static readonly DateTimeOffset Now = new(2024, 2, 1, 3, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_query_filter_agrees_with_the_entity_for_every_status_and_time()
    {
        var items = ItemsInEveryStatus();
        Assert.Equal(Enum.GetValues<ContentStatus>().Order(), items.Select(x => x.Status).Distinct().Order());
        foreach (var at in new[] { Now.AddDays(-1), Now, Now.AddHours(1), Now.AddDays(2) })
        {
            var filter = PublicNow.Filter<Article>(at).Compile();
            foreach (var item in items)
            {
                Assert.Equal(item.IsPublicAt(at), filter(item));
            }
        }
    }

    [Fact]
    public void The_sql_fragment_names_exactly_the_public_statuses()
    {
        Assert.Equal("status IN ('Published', 'Scheduled')", PublicSql.Statuses);
        Assert.Equal("c.status IN ('Published', 'Scheduled') AND c.published_at <= $2", PublicSql.At("c", "$2"));
        var named = Enum.GetValues<ContentStatus>().Where(s => PublicSql.Statuses.Contains($"'{s}'", StringComparison.Ordinal));
        Assert.Equal(PublicNow.Statuses.Order(), named.Order());
    }

    [Fact]
    public void Ef_writes_the_statuses_as_constants_the_public_indexes_can_match()
    {
        // ToQueryString only translates: no connection is opened.
        using var db = new CmsDbContext(new DbContextOptionsBuilder<CmsDbContext>().UseNpgsql("Host=unused").Options);
        var sql = db.ContentItems.Where(PublicNow.Filter<ContentItem>(Now)).ToQueryString();
        // (Column names as this bare context writes them; the statement is the point.)
        Assert.Matches(@"(?i)status""? IN \('Published', 'Scheduled'\) AND c\.""?published_?at""? <= @now", sql); // the time, a parameter
    }

    [Fact]
    public void No_other_code_writes_its_own_public_now()
    {
        // Migrations are history: each says what the rule was when it ran.
        var own = Repository.SourceLines("Cms.Domain", "Cms.Infrastructure", "Cms.Api")
            .Where(l => !l.Place.Contains("/Migrations/") && !l.Place.StartsWith("Cms.Domain/Content/PublicNow.cs:") && !l.Place.StartsWith("Cms.Infrastructure/Persistence/PublicSql.cs:"))
            .Where(l => OwnRule().IsMatch(l.Text))
            .Select(l => $"{l.Place}: {l.Text.Trim()}").ToList();

        Assert.True(own.Count == 0, "Say \"public now\" with PublicNow (C#, LINQ) or PublicSql (SQL):\n" + string.Join('\n', own));
    }

    [Fact]
    public void The_guard_sees_each_way_of_saying_it()
    {
        Assert.Matches(OwnRule(), "WHERE c.status IN ('Published', 'Scheduled') AND c.published_at <= $1");
        Assert.Matches(OwnRule(), "query.Where(x => (x.Status == ContentStatus.Published || x.Status == ContentStatus.Scheduled) && x.PublishedAt <= now)");
        Assert.Matches(OwnRule(), "Status is ContentStatus.Published or ContentStatus.Scheduled && PublishedAt <= now");
        Assert.Matches(OwnRule(), "WHERE c.slug = $1 AND c.status = 'Published' AND c.published_at <= now()");
        Assert.DoesNotMatch(OwnRule(), "x.Status == ContentStatus.Scheduled && x.PublishedAt > now");
        Assert.DoesNotMatch(OwnRule(), "WHERE status = 'Scheduled' AND published_at <= $1"); // the scheduler's due items
    }

    /// <summary>
    /// The public statuses listed in SQL, "published" alone in SQL (which forgets scheduled items
    /// whose time has come), or the two joined in C#.
    /// </summary>
    [GeneratedRegex(@"'(Published|Scheduled)'\s*,\s*'(Published|Scheduled)'|status\s*=\s*'Published'|ContentStatus\.(Published|Scheduled)\s*(\|\||\bor\b)\s*(x\.Status\s*==\s*)?ContentStatus\.(Published|Scheduled)")]
    private static partial Regex OwnRule();

    /// <summary>An article in each status, each with a time of publishing an hour after Now where it has one.</summary>
    private static List<Article> ItemsInEveryStatus()
    {
        Article New() => new(new ContentFields("Tiêu đề", null, null, null, [], null), "<p>Nội dung</p>", Now);
        var inReview = New();
        inReview.SubmitForReview(Now);
        var scheduled = New();
        scheduled.Schedule(Now.AddHours(1), Now);
        var published = New();
        published.Publish(Now);
        var unpublished = New();
        unpublished.Publish(Now);
        unpublished.Unpublish(Now);
        var archived = New();
        archived.Publish(Now);
        archived.Archive(Now);
        return [New(), inReview, scheduled, published, unpublished, archived];
    }
}
