using System.Net.Http.Headers;
using System.Net.Http.Json;
using Cms.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Cms.Tests.Support;

/// <summary>
/// The real API (Program) on its own fresh database, shared by the tests of one class.
/// Time is a FakeTimeProvider starting at the real "now", so tests can move it forward.
/// </summary>
public class CmsApp : IAsyncLifetime
{
    public const string AdminUser = "admin";
    public const string AdminPassword = "test-admin-password-1234";

    private readonly string dataDirectory = Path.Combine(Path.GetTempPath(), "cms-test-data-" + Guid.NewGuid().ToString("N"));
    private WebApplicationFactory<Program>? factory;
    private string? token;
    private string? sharedDatabase;
    private IReadOnlyDictionary<string, string?> extraSettings = new Dictionary<string, string?>();

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public string ConnectionString { get; private set; } = string.Empty;

    public string DataDirectory => dataDirectory;

    protected virtual bool DemoContent => false;

    protected virtual IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>();

    /// <summary>Test-only services on top of the real ones (e.g. a fake network address).</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    /// <summary>The database the app starts on: a fresh copy of the migrated template unless a class needs its own server.</summary>
    protected virtual async Task<string> CreateDatabaseAsync() => await (await PostgresServer.GetAsync()).CreateDatabaseAsync(GetType().Name);

    public WebApplicationFactory<Program> Factory => factory ?? throw new InvalidOperationException("Not initialized.");

    public virtual async ValueTask InitializeAsync()
    {
        ConnectionString = sharedDatabase ?? await CreateDatabaseAsync();
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("ConnectionStrings:Cms", ConnectionString);
            builder.UseSetting("Cms:DataDirectory", dataDirectory);
            builder.UseSetting("Cms:Admin:UserName", AdminUser);
            builder.UseSetting("Cms:Admin:Password", AdminPassword);
            builder.UseSetting("Cms:DemoContent:Enabled", DemoContent ? "true" : "false");
            // Every request of a test comes from one address; the rate-limit tests turn these back on.
            builder.UseSetting("Cms:RateLimits:BeaconPerMinute", "0");
            builder.UseSetting("Cms:RateLimits:SignInPerMinute", "0");
            builder.UseSetting("Cms:LiveQa:QuestionsPerWindow", "0");
            foreach (var (key, value) in Settings.Concat(extraSettings))
            {
                builder.UseSetting(key, value);
            }

            builder.ConfigureTestServices(services =>
            {
                services.AddSingleton<TimeProvider>(Clock);
                ConfigureServices(services);
            });
        });
        _ = factory.Server; // start now, so start-up failures surface in InitializeAsync
    }

    /// <summary>A second API process on the same database, as behind a load balancer.</summary>
    /// <param name="other">The app whose database to share.</param>
    /// <param name="settings">Configuration for this process only, e.g. what a restart with new settings would see.</param>
    public static CmsApp SharingDatabaseWith(CmsApp other, IReadOnlyDictionary<string, string?>? settings = null) =>
        new() { sharedDatabase = other.ConnectionString, extraSettings = settings ?? new Dictionary<string, string?>() };

    public HttpClient Anonymous() => Factory.CreateClient();

    /// <summary>A client signed in as the configured admin (token fetched once per class).</summary>
    public async Task<HttpClient> EditorAsync()
    {
        if (token is null)
        {
            using var anonymous = Anonymous();
            var response = await anonymous.PostAsJsonAsync("/api/v1/auth/token", new { userName = AdminUser, password = AdminPassword });
            response.EnsureSuccessStatusCode();
            var body = await response.Content.ReadFromJsonAsync<TokenBody>();
            token = body!.AccessToken;
        }

        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A new account with the role ("author", "editor", "admin"), created by the admin, signed in.</summary>
    public async Task<HttpClient> UserAsync(string role, string? userName = null)
    {
        userName ??= $"{role}-{Guid.NewGuid():N}"[..24];
        var password = "pw-" + Guid.NewGuid().ToString("N");
        using (var admin = await EditorAsync())
        {
            var created = await admin.PostAsJsonAsync("/api/v1/manage/users", new { userName, password, role });
            Assert.Equal(201, (int)created.StatusCode);
        }

        return await SignInAsync(userName, password);
    }

    public async Task<HttpClient> SignInAsync(string userName, string password)
    {
        var client = Anonymous();
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password });
        Assert.Equal(200, (int)response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<TokenBody>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body!.AccessToken);
        return client;
    }

    /// <summary>Reads (or changes) the database directly, to check what a request really stored.</summary>
    public async Task<T> DbAsync<T>(Func<CmsDbContext, Task<T>> query)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<CmsDbContext>());
    }

    public virtual async ValueTask DisposeAsync()
    {
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }

        if (Directory.Exists(dataDirectory))
        {
            Directory.Delete(dataDirectory, recursive: true);
        }

        GC.SuppressFinalize(this);
    }

}
