using Cms.Infrastructure.Counters;
using Cms.Infrastructure.Persistence;
using Cms.Infrastructure.Seeding;
using Cms.Infrastructure.Slugs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Infrastructure;

public static class DependencyInjection
{
    /// <param name="connectionString">Read when the first DbContext is made, so hosts (and tests) can set it late.</param>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, Func<IServiceProvider, string> connectionString)
    {
        services.AddDbContext<CmsDbContext>((sp, options) => UsePostgres(options, connectionString(sp)));
        services.AddScoped<SlugAllocator>();
        services.AddScoped<DemoContentSeeder>();
        services.AddScoped<CounterStore>();
        services.AddScoped<CounterImporter>();
        return services;
    }

    internal static void UsePostgres(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString).UseSnakeCaseNamingConvention();
}
