using Cms.Infrastructure.Counters;
using Cms.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Cms.Tests.Api;

/// <summary>
/// "Hôm nay" and "Trong tuần" roll over at local midnight and on Monday; "Tất cả" starts from the
/// configured figure. Each test starts on a Sunday night of its own, a week after any other test's,
/// so the class's tests share a clock that only moves forward and see none of each other's visits.
/// </summary>
public sealed class CounterCalendarTests(CounterCalendarTests.App app) : IClassFixture<CounterCalendarTests.App>
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    /// <summary>Sets the clock to Sunday 23:50 in Vietnam (16:50 UTC), at least a week ahead.</summary>
    private void GoToANewSundayNight()
    {
        var local = TimeZoneInfo.ConvertTime(app.Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh"));
        var sunday = local.Date.AddDays(((int)DayOfWeek.Sunday - (int)local.DayOfWeek + 7) % 7 + 7);
        app.Clock.SetUtcNow(new DateTimeOffset(sunday.AddHours(23).AddMinutes(50), Vietnam).ToUniversalTime());
    }

    private async Task VisitAsync(string visitor)
    {
        using var client = app.Anonymous();
        Assert.Equal(202, (int)(await client.HitAsync($"{visitor}-{Guid.NewGuid():N}")).StatusCode);
        await app.FlushAsync();
    }

    /// <summary>A new week's Monday: one visit at 00:05, another at 23:55, both in Vietnam; the clock left at 23:55.</summary>
    private async Task VisitEarlyAndLateOnAMondayAsync()
    {
        GoToANewSundayNight();
        app.Clock.Advance(TimeSpan.FromMinutes(15)); // Monday 00:05
        await VisitAsync("visitor-monday-1");
        app.Clock.Advance(TimeSpan.FromHours(23) + TimeSpan.FromMinutes(50)); // Monday 23:55
        await VisitAsync("visitor-monday-2");
    }

    [Fact]
    public async Task Visits_on_a_sunday_night_count_for_that_day_and_week()
    {
        GoToANewSundayNight();

        await VisitAsync("visitor-sunday-night-1");
        await VisitAsync("visitor-sunday-night-2");

        var sunday = await app.StatsAsync();
        Assert.Equal((2L, 2L), (sunday.Today, sunday.ThisWeek));
    }

    [Fact]
    public async Task Local_midnight_on_monday_starts_a_new_day_and_week_while_utc_is_still_sunday()
    {
        GoToANewSundayNight();
        await VisitAsync("visitor-sunday-night");
        var sunday = await app.StatsAsync();

        app.Clock.Advance(TimeSpan.FromMinutes(15)); // Monday 00:05 in Vietnam, still Sunday 17:05 in UTC
        await app.FlushAsync();

        var monday = await app.StatsAsync();
        Assert.Equal((0L, 0L, sunday.Total), (monday.Today, monday.ThisWeek, monday.Total));
    }

    [Fact]
    public async Task Today_counts_the_whole_local_day()
    {
        await VisitEarlyAndLateOnAMondayAsync();

        Assert.Equal(2, (await app.StatsAsync()).Today);
    }

    [Fact]
    public async Task The_next_local_day_starts_today_afresh_and_the_week_carries_on()
    {
        await VisitEarlyAndLateOnAMondayAsync();

        app.Clock.Advance(TimeSpan.FromMinutes(10)); // Tuesday 00:05
        await VisitAsync("visitor-tuesday-1");

        var tuesday = await app.StatsAsync();
        Assert.Equal((1L, 3L), (tuesday.Today, tuesday.ThisWeek));
    }

    [Fact]
    public async Task The_total_is_the_configured_starting_figure_plus_every_visit_counted()
    {
        GoToANewSundayNight();
        await VisitAsync("visitor-total-1");
        app.Clock.Advance(TimeSpan.FromDays(1));
        await VisitAsync("visitor-total-2");

        var counted = await app.DbAsync(db => db.Set<SiteDailyVisits>().SumAsync(d => d.Visits, TestContext.Current.CancellationToken));

        Assert.Equal(1_000_000 + counted, (await app.StatsAsync()).Total);
    }

    public sealed class App : CmsApp
    {
        protected override IReadOnlyDictionary<string, string?> Settings =>
            new Dictionary<string, string?> { ["Cms:Counters:StartingTotal"] = "1000000" };
    }
}
