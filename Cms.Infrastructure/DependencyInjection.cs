using Cms.Infrastructure.Auditing;
using Cms.Infrastructure.Changes;
using Cms.Infrastructure.Counters;
using Cms.Infrastructure.Persistence;
using Cms.Infrastructure.Seeding;
using Cms.Infrastructure.SignIn;
using Cms.Infrastructure.Slugs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cms.Infrastructure;

public static class DependencyInjection
{
    /// <param name="connectionString">Read when the first DbContext is made, so hosts (and tests) can set it late.</param>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, Func<IServiceProvider, string> connectionString)
    {
        services.TryAddScoped<ICurrentActor, SystemActor>();
        services.AddScoped<AuditInterceptor>();
        services.TryAddSingleton<IContentChangeListener, NoContentChangeListener>();
        services.AddScoped<ContentChangeInterceptor>();
        services.AddDbContext<CmsDbContext>((sp, options) => UsePostgres(options, connectionString(sp))
            .AddInterceptors(sp.GetRequiredService<AuditInterceptor>(), sp.GetRequiredService<ContentChangeInterceptor>()));
        services.AddScoped<SlugAllocator>();
        services.AddScoped<DemoContentSeeder>();
        services.AddScoped<CounterStore>();
        services.AddScoped<CounterImporter>();
        services.AddScoped<SignInGuard>();
        services.AddScoped<ChangeFeedReader>();
        return services;
    }

    internal static DbContextOptionsBuilder UsePostgres(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(ConnectionDefaults.Apply(connectionString)).UseSnakeCaseNamingConvention();
}
