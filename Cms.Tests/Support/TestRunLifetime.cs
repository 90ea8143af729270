using Cms.Tests.Support;

[assembly: AssemblyFixture(typeof(TestRunLifetime))]

namespace Cms.Tests.Support;

/// <summary>Stops the shared PostgreSQL cluster when the whole run is over.</summary>
public sealed class TestRunLifetime : IAsyncDisposable
{
    public async ValueTask DisposeAsync() => await PostgresServer.StopAsync();
}
