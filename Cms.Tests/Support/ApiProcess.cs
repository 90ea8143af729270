using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;

namespace Cms.Tests.Support;

/// <summary>One `dotnet Cms.Api.dll` process on its own port.</summary>
public sealed class ApiProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly System.Text.StringBuilder log = new();

    private ApiProcess(Process process, string url)
    {
        this.process = process;
        Client = new HttpClient { BaseAddress = new Uri(url) };
    }

    public HttpClient Client { get; }

    public int ExitCode => process.ExitCode;

    public const string AdminPassword = "process-admin-password-1";

    /// <summary>Shared by every process of a test run, as replicas share one key.</summary>
    public static readonly string SigningKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(48));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Every line the process wrote to stdout or stderr so far.</summary>
    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (log)
            {
                return log.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            }
        }
    }

    public static ApiProcess Start(string connection, string dataDirectory, IReadOnlyDictionary<string, string>? extra = null)
    {
        var url = $"http://127.0.0.1:{FreePort()}";
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Cms.Api.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(url);
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings__Cms"] = connection,
            ["DOTNET_ENVIRONMENT"] = "Production",
            ["Cms__DataDirectory"] = dataDirectory,
            ["Cms__Auth__SigningKey"] = SigningKey,
            ["Cms__Admin__Password"] = AdminPassword,
            ["Cms__DemoContent__Enabled"] = "false",
            ["Cms__RateLimits__BeaconPerMinute"] = "0",
            ["Cms__RateLimits__SignInPerMinute"] = "0",
            ["Cms__Counters__FlushInterval"] = "00:00:00.200",
            ["Cms__Scheduler__PollInterval"] = "00:00:01",
            ["Cms__Webhooks__RetryDelay"] = "00:00:00.200",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string>())
        {
            settings[key] = value;
        }

        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start)!;
        var api = new ApiProcess(process, url);
        process.OutputDataReceived += (_, line) => api.Append(line.Data);
        process.ErrorDataReceived += (_, line) => api.Append(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return api;
    }

    public async Task WaitReadyAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            Assert.False(process.HasExited, "The API process exited while starting:\n" + Log);
            try
            {
                if ((await Client.GetAsync("/health/ready", Ct)).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            Assert.True(DateTime.UtcNow < deadline, "The API process was not ready within 60 s:\n" + Log);
            await Task.Delay(200, Ct);
        }
    }

    public async Task<HttpClient> SignInAsync()
    {
        var response = await Client.PostAsJsonAsync("/api/v1/auth/token", new { userName = CmsApp.AdminUser, password = AdminPassword }, Ct);
        Assert.True(response.IsSuccessStatusCode, "Sign-in failed: " + await response.Content.ReadAsStringAsync(Ct));
        var token = (await response.BodyAsync<TokenBody>()).AccessToken;
        var client = new HttpClient { BaseAddress = Client.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>SIGTERM, as `docker stop` and Kubernetes send it.</summary>
    public void Terminate()
    {
        using var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    /// <summary>SIGKILL: a crash or an out-of-memory kill; the process gets no chance to finish anything.</summary>
    public async Task KillAsync()
    {
        process.Kill();
        await process.WaitForExitAsync(Ct);
    }

    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        wait.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(wait.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
        }

        process.Dispose();
    }

    private string Log
    {
        get
        {
            lock (log)
            {
                return log.ToString();
            }
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            log.AppendLine(line);
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
