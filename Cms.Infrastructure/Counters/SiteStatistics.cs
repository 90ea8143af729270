namespace Cms.Infrastructure.Counters;

/// <summary>The "Thống kê truy cập" box: Đang online, Hôm nay, Trong tuần, Tất cả.</summary>
public sealed record SiteStatistics(long Online, long Today, long ThisWeek, long Total);
