using Cms.Api.Configuration;
using Cms.Infrastructure.LiveQa;
using Cms.Infrastructure.Persistence;
using Microsoft.Extensions.Options;

namespace Cms.Api.LiveQa;

/// <summary>
/// Deletes readers' questions (their names, addresses and browsers with them)
/// <see cref="LiveQaOptions.Retention"/> after their session closed; what was published stays
/// in the interview. Runs on every instance: the delete is one statement, and two instances
/// deleting the same rows delete them once.
/// </summary>
internal sealed class LiveQuestionSweep(IServiceScopeFactory scopes, IOptions<CmsOptions> options, TimeProvider clock,
    ILogger<LiveQuestionSweep> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var settings = options.Value.LiveQa;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
                var deleted = await LiveQuestionQueries.DeleteExpiredAsync(db, clock.GetUtcNow() - settings.Retention, stoppingToken);
                if (deleted > 0)
                {
                    logger.LogInformation("Deleted {Count} live Q&A questions past their retention", deleted);
                }
            }
            catch (Exception error) when (error is not OperationCanceledException)
            {
                logger.LogWarning(error, "Deleting old live Q&A questions failed; trying again in {Wait}", settings.SweepInterval);
            }

            try
            {
                await Task.Delay(settings.SweepInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
