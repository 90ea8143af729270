using Cms.Domain.Counters;

namespace Cms.Tests.Domain;

public sealed class CounterRulesTests
{
    private static readonly DateTimeOffset T0 = new(2024, 2, 5, 2, 0, 0, TimeSpan.Zero);
    private static readonly VisitRules Rules = VisitRules.Default;

    [Fact]
    public void A_view_counts_again_only_once_the_window_has_passed()
    {
        Assert.Equal([T0], Rules.CountedViews(null, [T0, T0.AddMinutes(29).AddSeconds(59)]));
        Assert.Equal([T0, T0.AddMinutes(30)], Rules.CountedViews(null, [T0, T0.AddMinutes(10), T0.AddMinutes(30)]));
        Assert.Empty(Rules.CountedViews(T0, [T0.AddMinutes(29)]));
        Assert.Equal([T0.AddMinutes(30)], Rules.CountedViews(T0, [T0.AddMinutes(30)]));
    }

    [Fact]
    public void Hits_arriving_out_of_order_are_counted_as_if_in_order()
    {
        Assert.Equal([T0, T0.AddMinutes(45)], Rules.CountedViews(null, [T0.AddMinutes(45), T0, T0.AddMinutes(20)]));
    }

    [Fact]
    public void A_visit_starts_after_thirty_minutes_of_silence()
    {
        // Hits every 20 minutes keep one visit going for hours.
        Assert.Equal([T0], Rules.VisitStarts(null, Enumerable.Range(0, 10).Select(i => T0.AddMinutes(20 * i))));
        Assert.Equal([T0, T0.AddMinutes(60)], Rules.VisitStarts(null, [T0, T0.AddMinutes(29), T0.AddMinutes(60)]));
        Assert.Empty(Rules.VisitStarts(T0, [T0.AddMinutes(29).AddSeconds(59)]));
        Assert.Equal([T0.AddMinutes(30)], Rules.VisitStarts(T0, [T0.AddMinutes(30)]));
        // A hit older than what another process already recorded starts nothing.
        Assert.Empty(Rules.VisitStarts(T0, [T0.AddMinutes(-1)]));
    }

    [Fact]
    public void Days_turn_at_local_midnight_in_Ho_Chi_Minh_City()
    {
        var calendar = PortalCalendar.For("Asia/Ho_Chi_Minh");
        // 16:59:59 UTC is 23:59:59 in Vietnam (UTC+7); a minute later it is tomorrow there.
        var beforeMidnight = new DateTimeOffset(2024, 2, 4, 16, 59, 59, TimeSpan.Zero);
        Assert.Equal(new DateOnly(2024, 2, 4), calendar.DayOf(beforeMidnight));
        Assert.Equal(new DateOnly(2024, 2, 5), calendar.DayOf(beforeMidnight.AddSeconds(1)));
    }

    [Theory]
    [InlineData("2024-02-05", "2024-02-05")] // Monday
    [InlineData("2024-02-07", "2024-02-05")]
    [InlineData("2024-02-11", "2024-02-05")] // Sunday belongs to the week that began on Monday
    [InlineData("2024-02-12", "2024-02-12")]
    public void Weeks_start_on_Monday(string day, string weekStart) =>
        Assert.Equal(DateOnly.Parse(weekStart, System.Globalization.CultureInfo.InvariantCulture),
            PortalCalendar.WeekStartOf(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));
}
