namespace Cms.Domain.Common;

/// <summary>
/// Instants as they are stored: UTC, to the microsecond (PostgreSQL's precision), so an
/// item reads back exactly as it was when saved and responses never change on reload.
/// </summary>
public static class Timestamp
{
    public static DateTimeOffset Normalize(DateTimeOffset value)
    {
        var utc = value.ToUniversalTime();
        return utc.AddTicks(-(utc.Ticks % (TimeSpan.TicksPerMillisecond / 1000)));
    }
}
