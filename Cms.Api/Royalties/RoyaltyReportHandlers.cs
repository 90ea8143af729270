using Cms.Api.Authors;
using Cms.Domain.Counters;
using Cms.Infrastructure.Persistence;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Cms.Api.Royalties;

/// <summary>What the royalty report's routes do (the routes: <see cref="RoyaltyEndpoints"/>).</summary>
internal static class RoyaltyReportHandlers
{
    public static async Task<Ok<RoyaltyReport>> ReportAsync([AsParameters] RoyaltyReportQuery query, CmsDbContext db, PortalCalendar calendar,
        HttpContext http, CancellationToken ct)
    {
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(await BuildAsync(query, db, calendar, ct));
    }

    public static async Task<FileContentHttpResult> CsvAsync([AsParameters] RoyaltyReportQuery query, CmsDbContext db, PortalCalendar calendar,
        HttpContext http, CancellationToken ct)
    {
        var report = await BuildAsync(query, db, calendar, ct);
        http.Response.Headers.CacheControl = "no-store";
        var name = $"nhuan-but-{report.From:yyyy-MM-dd}-{report.To:yyyy-MM-dd}.csv";
        return TypedResults.File(RoyaltyCsv.Write(report, calendar), RoyaltyCsv.MediaType, name);
    }

    /// <summary>The items published on the portal's days from..to (both included), grouped per person, with totals.</summary>
    private static async Task<RoyaltyReport> BuildAsync(RoyaltyReportQuery query, CmsDbContext db, PortalCalendar calendar, CancellationToken ct)
    {
        var (from, to) = (query.FromDay, query.ToDay);
        var lines = await new PeriodRoyalties(db).ReadAsync(calendar.StartOf(from), calendar.StartOf(to.AddDays(1)), ct);
        var authors = lines.GroupBy(l => l.AuthorId).Select(g =>
        {
            var first = g.First();
            var items = g.Select(l => new RoyaltyReportItem(l.ContentId, l.Type, l.Title, l.PublishedAt, l.Roles, l.Points, l.Amount)).ToList();
            return new AuthorRoyalties(new AuthorRef { Id = first.AuthorId, Name = first.AuthorName, Slug = first.AuthorSlug },
                items, items.Sum(i => i.Points ?? 0), items.Sum(i => i.Amount ?? 0));
        }).ToList();
        return new RoyaltyReport(from, to, authors, authors.Sum(a => a.TotalPoints), authors.Sum(a => a.TotalAmount));
    }
}
