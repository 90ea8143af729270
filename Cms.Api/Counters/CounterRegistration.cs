using Cms.Api.Configuration;
using Cms.Domain.Counters;
using Cms.Infrastructure.Counters;
using Microsoft.Extensions.Options;

namespace Cms.Api.Counters;

internal static class CounterRegistration
{
    public static IServiceCollection AddCmsCounters(this IServiceCollection services)
    {
        // The portal's days and time zone: counters, and the dates in feeds and sitemaps.
        services.AddSingleton(sp => PortalCalendar.For(sp.GetRequiredService<IOptions<CmsOptions>>().Value.TimeZone));
        services.AddSingleton(sp =>
        {
            var counters = sp.GetRequiredService<IOptions<CmsOptions>>().Value.Counters;
            return new CounterSettings(
                new VisitRules(counters.VisitGap, counters.ViewWindow),
                sp.GetRequiredService<PortalCalendar>(),
                counters.OnlineWindow,
                counters.StartingTotal);
        });
        services.AddSingleton<HitBuffer>();
        services.AddSingleton<SiteStatisticsCache>();
        services.AddSingleton<CounterFlusher>();
        services.AddSingleton<ICounterFlush>(sp => sp.GetRequiredService<CounterFlusher>());
        services.AddHostedService(sp => sp.GetRequiredService<CounterFlusher>());
        return services;
    }
}
