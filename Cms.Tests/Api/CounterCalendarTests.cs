using Cms.Tests.Support;

namespace Cms.Tests.Api;

/// <summary>"Hôm nay" and "Trong tuần" roll over at local midnight and on Monday; "Tất cả" starts from the configured figure.</summary>
public sealed class CounterCalendarTests(CounterCalendarTests.App app) : IClassFixture<CounterCalendarTests.App>
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    [Fact]
    public async Task Today_and_this_week_roll_over_in_the_portal_time_zone()
    {
        using var client = app.Anonymous();
        // The next Sunday, 23:50 in Vietnam (16:50 UTC).
        var local = TimeZoneInfo.ConvertTime(app.Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh"));
        var sunday = local.Date.AddDays(((int)DayOfWeek.Sunday - (int)local.DayOfWeek + 7) % 7 + 7);
        app.Clock.SetUtcNow(new DateTimeOffset(sunday.AddHours(23).AddMinutes(50), Vietnam).ToUniversalTime());

        await client.HitAsync("visitor-sunday-night-1");
        await client.HitAsync("visitor-sunday-night-2");
        await app.FlushAsync();
        var sundayStats = await app.StatsAsync();
        Assert.Equal(2, (long)sundayStats["today"]!);
        Assert.True((long)sundayStats["thisWeek"]! >= 2);
        Assert.Equal(1_000_000 + (long)sundayStats["thisWeek"]! + PriorWeeks(sundayStats), (long)sundayStats["total"]!);

        app.Clock.Advance(TimeSpan.FromMinutes(15)); // Monday 00:05 in Vietnam, still Sunday 17:05 in UTC
        await app.FlushAsync();
        var monday = await app.StatsAsync();
        Assert.Equal(0, (long)monday["today"]!);
        Assert.Equal(0, (long)monday["thisWeek"]!);
        Assert.Equal((long)sundayStats["total"]!, (long)monday["total"]!);

        await client.HitAsync("visitor-monday-1");
        await app.FlushAsync();
        app.Clock.Advance(TimeSpan.FromHours(23) + TimeSpan.FromMinutes(50)); // Monday 23:55
        await client.HitAsync("visitor-monday-2");
        await app.FlushAsync();
        Assert.Equal(2, (long)(await app.StatsAsync())["today"]!);

        app.Clock.Advance(TimeSpan.FromMinutes(10)); // Tuesday 00:05
        await client.HitAsync("visitor-tuesday-1");
        await app.FlushAsync();
        var tuesday = await app.StatsAsync();
        Assert.Equal(1, (long)tuesday["today"]!);
        Assert.Equal(3, (long)tuesday["thisWeek"]!);
        Assert.Equal((long)sundayStats["total"]! + 3, (long)tuesday["total"]!);
    }

    private static long PriorWeeks(System.Text.Json.Nodes.JsonNode stats) =>
        (long)stats["total"]! - 1_000_000 - (long)stats["thisWeek"]!;

    public sealed class App : CmsApp
    {
        protected override IReadOnlyDictionary<string, string?> Settings =>
            new Dictionary<string, string?> { ["Cms:Counters:StartingTotal"] = "1000000" };
    }
}
