namespace Cms.Domain.Counters;

/// <summary>
/// Days and weeks as the portal's readers live them: "Hôm nay" and "Trong tuần" start at
/// local midnight and on Monday in the portal's time zone (Asia/Ho_Chi_Minh by default),
/// not in UTC, where a Vietnamese day would begin at 07:00.
/// </summary>
public sealed class PortalCalendar(TimeZoneInfo zone)
{
    public TimeZoneInfo Zone { get; } = zone;

    public static PortalCalendar For(string timeZoneId) => new(TimeZoneInfo.FindSystemTimeZoneById(timeZoneId));

    public DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    /// <summary>The instant the portal's <paramref name="day"/> begins (local midnight), e.g. for a report's period.</summary>
    public DateTimeOffset StartOf(DateOnly day) =>
        new(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), Zone), TimeSpan.Zero);

    public static DateOnly WeekStartOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}
