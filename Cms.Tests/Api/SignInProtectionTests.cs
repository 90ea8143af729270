using System.Net.Http.Json;
using Cms.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Tests.Api;

/// <summary>Repeated failed sign-ins lock a user name, whether or not the account exists.</summary>
public sealed class SignInLockoutTests(CmsApp app) : IClassFixture<CmsApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<HttpResponseMessage> SignInAsync(string userName, string password)
    {
        using var client = app.Anonymous();
        return await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password }, Ct);
    }

    private async Task<ProblemBody> FailFiveTimesThenAsync(string userName, string password)
    {
        for (var i = 0; i < 5; i++)
        {
            await (await SignInAsync(userName, "wrong-password-" + i)).AssertProblemAsync(401);
        }

        var locked = await SignInAsync(userName, password);
        var problem = await locked.AssertProblemAsync(429);
        Assert.True(int.Parse(locked.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) is > 0 and <= 900);
        return problem;
    }

    [Fact]
    public async Task Five_failures_lock_the_account_even_against_the_right_password()
    {
        var (name, password) = await GuessedAtAsync();

        var refused = await FailFiveTimesThenAsync(name, password); // the right password, after five wrong ones

        Assert.Equal(429, refused.Status);
    }

    [Fact]
    public async Task A_lockout_ends_after_fifteen_minutes()
    {
        var (name, password) = await GuessedAtAsync();
        await FailFiveTimesThenAsync(name, password);

        app.Clock.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(1));

        Assert.Equal(200, (int)(await SignInAsync(name, password)).StatusCode);
    }

    [Fact]
    public async Task A_success_forgets_earlier_failures_so_four_more_do_not_lock_the_account()
    {
        var (name, password) = await GuessedAtAsync();
        await FailFiveTimesThenAsync(name, password);
        app.Clock.Advance(TimeSpan.FromMinutes(15) + TimeSpan.FromSeconds(1));
        Assert.Equal(200, (int)(await SignInAsync(name, password)).StatusCode);

        for (var i = 0; i < 4; i++)
        {
            await (await SignInAsync(name, "wrong")).AssertProblemAsync(401);
        }

        Assert.Equal(200, (int)(await SignInAsync(name, password)).StatusCode);
    }

    [Fact]
    public async Task A_name_that_does_not_exist_locks_the_same_way_so_the_answer_tells_nothing()
    {
        var existing = $"real-{Guid.NewGuid():N}"[..20];
        using (await app.UserAsync("author", existing))
        {
        }

        var forExisting = await FailFiveTimesThenAsync(existing, "whatever-1");
        var forMissing = await FailFiveTimesThenAsync($"ghost-{Guid.NewGuid():N}"[..20], "whatever-1");
        Assert.Equal((forExisting.Title, forExisting.Detail), (forMissing.Title, forMissing.Detail));
    }

    /// <summary>A new editor, signed in once with the right password, whose password is now known to the test.</summary>
    private async Task<(string Name, string Password)> GuessedAtAsync()
    {
        var name = $"locked-{Guid.NewGuid():N}"[..20];
        using (await app.UserAsync("editor", name))
        {
        }

        // UserAsync signed in with the right password; now someone guesses.
        return (name, await ResetPasswordAsync(name));
    }

    private async Task<string> ResetPasswordAsync(string userName)
    {
        using var admin = await app.EditorAsync();
        var id = (await admin.GetBodyAsync<List<UserBody>>("/api/v1/manage/users")).Single(u => u.UserName == userName).Id;
        var password = "known-password-1";
        Assert.Equal(204, (int)(await admin.PostAsJsonAsync($"/api/v1/manage/users/{id}/password", new { newPassword = password }, Ct)).StatusCode);
        return password;
    }
}

/// <summary>Per-address limits on the beacon and on sign-in: 429 with Retry-After, and nothing done.</summary>
public sealed class RateLimitTests(RateLimitTests.App app) : IClassFixture<RateLimitTests.App>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A beacon from a given connection address, optionally relayed with X-Forwarded-For.</summary>
    private async Task<int> HitFromAsync(string remote, string? forwardedFor)
    {
        using var client = app.Anonymous();
        client.DefaultRequestHeaders.Add(App.ConnectionIpHeader, remote);
        if (forwardedFor is not null)
        {
            client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        }

        return (int)(await client.HitAsync($"pv-{Guid.NewGuid():N}")).StatusCode;
    }

    [Fact]
    public async Task Readers_behind_the_trusted_proxy_have_their_own_limits()
    {
        // Through the configured proxy: each reader's forwarded address is its own bucket.
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(202, await HitFromAsync("10.0.0.1", "203.0.113.7"));
        }

        Assert.Equal(429, await HitFromAsync("10.0.0.1", "203.0.113.7"));
        Assert.Equal(202, await HitFromAsync("10.0.0.1", "203.0.113.8"));
    }

    [Fact]
    public async Task From_anywhere_but_the_trusted_proxy_a_made_up_forwarded_address_buys_nothing()
    {
        // X-Forwarded-For is ignored.
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(202, await HitFromAsync("198.51.100.9", $"192.0.2.{i}"));
        }

        Assert.Equal(429, await HitFromAsync("198.51.100.9", "192.0.2.200"));
    }

    [Fact]
    public async Task The_beacon_answers_429_with_retry_after_beyond_its_limit()
    {
        using var client = app.Anonymous();
        await app.FlushAsync();
        var before = (await app.StatsAsync()).Total;
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(202, (int)(await client.HitAsync($"rate-visitor-{i:D4}-abcdef")).StatusCode);
        }

        var refused = await client.HitAsync("rate-visitor-9999-abcdef");
        await refused.AssertProblemAsync(429);
        Assert.True(int.Parse(refused.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) is > 0 and <= 60);
        await app.FlushAsync();
        Assert.Equal(before + 5, (await app.StatsAsync()).Total); // the refused hit was not counted
    }

    [Fact]
    public async Task Sign_in_answers_429_beyond_its_limit_even_for_the_right_password()
    {
        using var client = app.Anonymous();
        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 4; i++)
        {
            answers.Add(await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = CmsApp.AdminUser, password = CmsApp.AdminPassword }, Ct));
        }

        Assert.All(answers.Take(3), a => Assert.Equal(200, (int)a.StatusCode));
        var last = answers[^1];
        await last.AssertProblemAsync(429);
        Assert.True(last.Headers.Contains("Retry-After"));
    }

    public sealed class App : CmsApp
    {
        /// <summary>The in-memory test server has no network; this header plays the connection's address.</summary>
        public const string ConnectionIpHeader = "X-Test-Connection-Ip";

        protected override void ConfigureServices(IServiceCollection services) =>
            services.AddSingleton<IStartupFilter, FakeConnectionAddress>();

        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
        {
            ["Cms:RateLimits:BeaconPerMinute"] = "5",
            ["Cms:RateLimits:SignInPerMinute"] = "3",
            ["Cms:Network:KnownProxies:0"] = "10.0.0.1",
        };
    }
}

/// <summary>Runs before the app's own pipeline: sets the connection's remote address from a test header.</summary>
internal sealed class FakeConnectionAddress : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, following) =>
        {
            if (context.Request.Headers.TryGetValue(RateLimitTests.App.ConnectionIpHeader, out var ip))
            {
                context.Connection.RemoteIpAddress = System.Net.IPAddress.Parse(ip.ToString());
            }

            return following(context);
        });
        next(app);
    };
}
