using Cms.Api.Caching;
using Cms.Api.Common;
using Cms.Api.Content;
using Cms.Api.Validation;
using Cms.Domain.Content;
using Cms.Domain.Counters;
using Cms.Infrastructure.Counters;
using Cms.Infrastructure.Persistence;
using Mapster;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Cms.Api.Counters;

/// <summary>today: since local midnight; week: since Monday 00:00 local time; all: all time.</summary>
public enum ViewPeriod
{
    Today,
    Week,
    All,
}

/// <summary>One ranked item: its views in the period, and the item as lists show it.</summary>
public sealed record MostViewedEntry(long Views, ContentSummary Item);

public sealed record MostViewedList(ViewPeriod Period, ContentType? Type, IReadOnlyList<MostViewedEntry> Items);

internal static class MostViewedEndpoint
{
    /// <summary>GET /most-viewed: anyone may call it.</summary>
    public static void MapMostViewed(this IEndpointRouteBuilder api) =>
        api.MapGet("/most-viewed", ListAsync)
            .Validate<MostViewedQuery>()
            .WithTags("Counters")
            .PublicResponse()
            .WithName("ListMostViewed")
            .WithSummary("Most viewed published items today, this week or of all time, optionally of one type")
            .WithDescription("period: today | week (default) | all; type: article | interview | video; limit 1–50 (default 10). Days and weeks are the portal's (Monday 00:00 local time).");

    public static async Task<Ok<MostViewedList>> ListAsync([AsParameters] MostViewedQuery query, CmsDbContext db, TypeAdapterConfig mapping, CounterSettings settings,
        TimeProvider clock, HttpContext http, CancellationToken ct)
    {
        var type = EnumQuery.Parse<ContentType>(query.Type, "type");
        var period = EnumQuery.Parse<ViewPeriod>(query.Period, "period") ?? ViewPeriod.Week;
        var now = clock.GetUtcNow();
        var items = db.ContentItems.PublicAt(now);
        if (type is { } only)
        {
            items = items.Where(c => c.Type == only);
        }

        var ranked = await Ranked(db, items, period, settings.Calendar.DayOf(now))
            .OrderByDescending(r => r.Views).ThenByDescending(r => r.Id).Take(query.Limit ?? 10).ToListAsync(ct);
        var ids = ranked.Select(r => r.Id).ToList();
        var summaries = (await ContentCards.PublicAsync(db, ids, mapping, now, ct)).ToDictionary(s => s.Id);

        http.Response.Headers.CacheControl = PublicCache.Item;
        return TypedResults.Ok(new MostViewedList(period, type, ranked.Where(r => summaries.ContainsKey(r.Id)).Select(r => new MostViewedEntry(r.Views, summaries[r.Id])).ToList()));
    }

    private static IQueryable<Ranking> Ranked(CmsDbContext db, IQueryable<ContentItem> items, ViewPeriod period, DateOnly today)
    {
        if (period == ViewPeriod.All)
        {
            return db.ContentViewTotals.Join(items, t => t.ContentId, c => c.Id, (t, c) => new Ranking { Id = c.Id, Views = t.Views });
        }

        var from = period == ViewPeriod.Today ? today : PortalCalendar.WeekStartOf(today);
        return db.Set<ContentDailyViews>()
            .Where(d => d.Day >= from && d.Day <= today)
            .GroupBy(d => d.ContentId)
            .Select(g => new { ContentId = g.Key, Views = g.Sum(d => d.Views) })
            .Join(items, v => v.ContentId, c => c.Id, (v, c) => new Ranking { Id = c.Id, Views = v.Views });
    }

    /// <summary>Settable members, not a constructor, so EF can order by them in SQL.</summary>
    private sealed class Ranking
    {
        public long Id { get; init; }

        public long Views { get; init; }
    }
}
