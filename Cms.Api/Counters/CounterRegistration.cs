using Cms.Api.Configuration;
using Cms.Domain.Counters;
using Cms.Infrastructure.Counters;
using Microsoft.Extensions.Options;

namespace Cms.Api.Counters;

internal static class CounterRegistration
{
    public static IServiceCollection AddCmsCounters(this IServiceCollection services)
    {
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<CmsOptions>>().Value;
            var counters = options.Counters;
            return new CounterSettings(
                new VisitRules(counters.VisitGap, counters.ViewWindow),
                PortalCalendar.For(options.TimeZone),
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
