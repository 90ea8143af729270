using System.Diagnostics;
using Cms.Tests.Support;

namespace Cms.Tests.Deployment;

/// <summary>
/// The OpenAPI document is a contract an app developer can generate a client from and trust:
/// Kiota (the repository's local dotnet tool) generates a C# client from the document the built
/// API serves, a small app (Cms.Tests/ClientApp) compiles against it and runs an app's day on a
/// real API process with the demo content, through the generated client alone. The app runs once
/// for the class; each test is one of its steps.
/// </summary>
public sealed class GeneratedClientTests(GeneratedClientTests.AppRun run) : IClassFixture<GeneratedClientTests.AppRun>
{
    /// <summary>The steps Cms.Tests/ClientApp/Program.cs runs, as it names them.</summary>
    public static readonly TheoryData<string> Steps =
    [
        "newest articles",
        "cursor pages",
        "the seed interview",
        "a 404 is a typed problem",
        "a 401 is a typed problem",
        "sign in, create and publish with If-Match",
        "a stale If-Match is a typed 412 with its traceId",
        "a full changes sync, then a removal",
    ];

    [Theory]
    [MemberData(nameof(Steps))]
    public void The_generated_client_does_an_apps_step(string step) =>
        Assert.True(run.Output.Contains($"ok: {step}"), $"{step}:\n{run.Output}");

    [Fact]
    public void The_app_ran_every_step_and_no_other() =>
        Assert.Equal(Steps.Count, run.Output.Split('\n').Count(line => line.StartsWith("ok: ", StringComparison.Ordinal) || line.StartsWith("FAIL: ", StringComparison.Ordinal)));

    /// <summary>Generates the client, builds the app and runs it against a fresh API process, once.</summary>
    public sealed class AppRun : IAsyncLifetime
    {
        private readonly string work = Directory.CreateTempSubdirectory("cms-client-").FullName;
        private ApiProcess? api;

        public string Output { get; private set; } = string.Empty;

        public async ValueTask InitializeAsync()
        {
            var connection = await (await PostgresServer.GetAsync()).CreateDatabaseAsync("generated_client");
            api = ApiProcess.Start(connection, Path.Combine(work, "data"), new Dictionary<string, string> { ["Cms__DemoContent__Enabled"] = "true" });
            await api.WaitReadyAsync();

            var document = Path.Combine(work, "openapi.json");
            await File.WriteAllTextAsync(document, await api.Client.GetStringAsync("/swagger/v1/swagger.json"));
            var app = Path.Combine(work, "app");
            Directory.CreateDirectory(app);
            foreach (var file in Directory.GetFiles(Repository.PathOf("Cms.Tests", "ClientApp")))
            {
                File.Copy(file, Path.Combine(app, Path.GetFileName(file)));
            }

            await RunAsync(Repository.Root, "dotnet", "tool", "restore");
            await RunAsync(Repository.Root, "dotnet", "kiota", "generate", "--language", "CSharp", "--openapi", document,
                "--class-name", "CmsClient", "--namespace-name", "Cms.Client", "--output", Path.Combine(app, "Client"), "--exclude-backward-compatible");
            await RunAsync(app, "dotnet", "build", "-c", "Release", "--nologo");
            Output = await RunAsync(app, "dotnet", Path.Combine(app, "bin", "Release", "net10.0", "CmsClientApp.dll"),
                api.Client.BaseAddress!.ToString().TrimEnd('/'), CmsApp.AdminUser, ApiProcess.AdminPassword);
        }

        public async ValueTask DisposeAsync()
        {
            if (api is not null)
            {
                await api.DisposeAsync();
            }

            Directory.Delete(work, recursive: true);
        }

        /// <summary>Runs a command to its end; its output, or a failure with it for a build or generation that did not succeed.</summary>
        private static async Task<string> RunAsync(string folder, string program, params string[] arguments)
        {
            var start = new ProcessStartInfo(program, arguments) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
            // Offline: no update check against GitHub, no first-run tutorial.
            start.Environment["KIOTA_OFFLINE_ENABLED"] = "true";
            start.Environment["KIOTA_TUTORIAL_ENABLED"] = "false";
            start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
            await process.WaitForExitAsync(timeout.Token);
            var text = await output + await errors;
            // The app itself reports failed steps in its output, which the tests read; anything else must succeed.
            Assert.True(process.ExitCode == 0 || program == "dotnet" && arguments[0].EndsWith(".dll", StringComparison.Ordinal),
                $"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{text}");
            return text;
        }
    }
}
