using Cms.Api.Configuration;
using Cms.Domain.Counters;
using Cms.Infrastructure.EditLocks;
using Cms.Infrastructure.Persistence;
using Microsoft.Extensions.Options;

namespace Cms.Api.EditLocks;

/// <summary>What the lock routes need, bound in one parameter.</summary>
internal readonly record struct LockServices(
    CmsDbContext Db, EditLockStore Locks, TimeProvider Clock, IOptions<CmsOptions> Options, PortalCalendar Calendar, HttpContext Http)
{
    public TimeSpan Lifetime => Options.Value.EditLocks.Lifetime;

    /// <summary>"09:12": a moment as the newsroom's clocks show it.</summary>
    public string PortalTime(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, Calendar.Zone).ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
