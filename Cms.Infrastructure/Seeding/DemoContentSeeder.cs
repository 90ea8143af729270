namespace Cms.Infrastructure.Seeding;

public sealed class DemoContentSeeder
{
    public Task SeedAsync(CancellationToken ct) => Task.CompletedTask;
}
