using Cms.Infrastructure.Auditing;
using Cms.Infrastructure.Changes;
using Cms.Infrastructure.Counters;
using Cms.Infrastructure.Persistence;
using Cms.Infrastructure.Replicas;
using Cms.Infrastructure.Seeding;
using Cms.Infrastructure.SignIn;
using Cms.Infrastructure.Slugs;
using Cms.Infrastructure.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cms.Infrastructure;

public static class DependencyInjection
{
    /// <param name="connectionString">Read when the first DbContext is made, so hosts (and tests) can set it late.</param>
    /// <param name="replicaConnections">The configured read replicas (Replicas/ReplicaConnections), read as late.</param>
    public static IServiceCollection AddInfrastructure(
        this IServiceCollection services, Func<IServiceProvider, string> connectionString, Func<IServiceProvider, IEnumerable<string?>>? replicaConnections = null)
    {
        PoolHygiene.Install(); // a failed command must never leave a broken connection in the pool
        services.TryAddSingleton<ICurrentActor, SystemActor>();
        services.AddSingleton<AuditInterceptor>();
        services.TryAddSingleton<IContentChangeListener, NoContentChangeListener>();
        services.AddSingleton<ContentChangeInterceptor>();
        services.AddSingleton<WalPositions>();
        services.AddSingleton(sp =>
        {
            var replicas = ReplicaConnections.Expand(connectionString(sp), replicaConnections?.Invoke(sp) ?? []).Select(server => new Replica(server)).ToList();
            var queries = replicas.Count > 0 ? new ReplicaQueries(connectionString(sp), replicas) : null;
            return new ReplicaSet(replicas, sp.GetRequiredService<WalPositions>(), queries);
        });
        services.AddSingleton(sp => new ReadTargetInterceptor(sp.GetRequiredService<ReplicaSet>(), ConnectionDefaults.Apply(connectionString(sp))));
        // Pooled: a DbContext and its options are made once and reused, not built for every
        // request (simple public reads ran about twice as fast; bench/run.sh). So everything
        // the context holds is per-process: the interceptors are singletons and keep
        // per-save state by context.
        services.AddDbContextPool<CmsDbContext>((sp, options) => UsePostgres(options, connectionString(sp))
            .AddInterceptors(sp.GetRequiredService<AuditInterceptor>(), sp.GetRequiredService<ContentChangeInterceptor>(), sp.GetRequiredService<ReadTargetInterceptor>()));
        services.AddScoped<SlugAllocator>();
        services.AddScoped<DemoContentSeeder>();
        services.AddScoped<CounterStore>();
        services.AddScoped<CounterImporter>();
        services.AddScoped<SignInGuard>();
        services.AddScoped<ChangeFeedReader>();
        services.AddScoped<Notes.NoteDigests>();
        services.AddScoped<WebhookOutbox>();
        services.AddScoped<EditLocks.EditLockStore>();
        return services;
    }

    internal static DbContextOptionsBuilder UsePostgres(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(ConnectionDefaults.Apply(connectionString), npgsql => npgsql.ExecutionStrategy(dependencies => new TransientRetryStrategy(dependencies)))
            .UseSnakeCaseNamingConvention();
}
