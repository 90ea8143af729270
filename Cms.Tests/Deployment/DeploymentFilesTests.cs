using System.Diagnostics;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cms.Api.Configuration;
using Cms.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Cms.Tests.Deployment;

/// <summary>
/// No Docker engine runs here, so the deployment files are checked by reading them: the compose
/// files' services, health checks, volumes and secrets, that every setting they give the API is
/// one it reads, the images' build and runtime stages, and the site's start-up script. (The
/// Dockerfile's `dotnet publish` itself is run by scripts/test.sh.)
/// </summary>
public sealed partial class DeploymentFilesTests
{
    private static readonly YamlMappingNode Compose = Load("docker-compose.yml");
    private static readonly YamlMappingNode Scale = Load("docker-compose.scale.yml");

    [Fact]
    public void Compose_runs_postgres_a_migration_the_api_and_the_site_each_with_a_health_check()
    {
        var services = Map(Compose, "services");
        Assert.Equal(["api", "frontend", "migrate", "postgres", "site-builder"], services.Children.Keys.Select(k => k.ToString()).Order());
        Assert.StartsWith("postgres:", Text(Map(services, "postgres"), "image"), StringComparison.Ordinal); // the official image
        foreach (var name in new[] { "postgres", "api", "frontend" })
        {
            var test = Map(Map(services, name), "healthcheck")["test"];
            Assert.NotEmpty(((YamlSequenceNode)test).Children);
        }

        // Data in named volumes, declared at the top.
        var volumes = Map(Compose, "volumes").Children.Keys.Select(k => k.ToString()).ToList();
        Assert.Contains("pgdata:/var/lib/postgresql/data", Sequence(Map(services, "postgres"), "volumes"));
        Assert.Contains("apidata:/data", Sequence(Map(services, "api"), "volumes"));
        Assert.Equal(["apidata", "pgdata", "site", "sitestate"], volumes.Order());

        // The builder writes the pages into the volume the site's nginx serves, once the API answers.
        Assert.Contains("site:/srv/site", Sequence(Map(services, "site-builder"), "volumes"));
        Assert.Contains("site:/usr/share/nginx/html", Sequence(Map(services, "frontend"), "volumes"));
        Assert.Equal("builder", Text(Map(Map(services, "site-builder"), "build"), "target"));
        Assert.Equal("service_healthy", Text(Map(Map(Map(services, "site-builder"), "depends_on"), "api"), "condition"));
        Assert.Equal("http://api:8080", Text(Map(Map(services, "site-builder"), "environment"), "CMS_API_INTERNAL_URL"));

        // The API waits for its migration, which waits for a healthy database; it does not migrate itself.
        Assert.Equal("service_completed_successfully", Text(Map(Map(Map(services, "api"), "depends_on"), "migrate"), "condition"));
        Assert.Equal("service_healthy", Text(Map(Map(Map(services, "migrate"), "depends_on"), "postgres"), "condition"));
        Assert.Equal(["migrate"], Sequence(Map(services, "migrate"), "command"));
        Assert.Equal("false", Text(Map(Map(services, "api"), "environment"), "Cms__Database__MigrateOnStartup"));
    }

    [Fact]
    public void Every_setting_compose_and_the_image_give_the_api_is_one_it_reads()
    {
        var services = Map(Compose, "services");
        var names = new[] { "api", "migrate" }
            .SelectMany(s => Map(Map(services, s), "environment").Children.Keys.Select(k => k.ToString()))
            .Concat(Map(Map(Scale, "services"), "api") is var scaled ? Map(scaled, "environment").Children.Keys.Select(k => k.ToString()) : [])
            .Concat(EnvNames(Repository.Read("Cms.Api", "Dockerfile")))
            .Distinct()
            .ToList();
        Assert.Contains("Cms__Auth__SigningKey", names);
        Assert.All(names, name => Assert.True(ApiReads(name), $"{name} is not a setting the API reads"));
        // The reflection walk itself refuses a misspelling.
        Assert.False(ApiReads("Cms__Auth__SigningKy"));
        Assert.False(ApiReads("Cms__Media__RenditionWidths__x"));
    }

    [Fact]
    public void No_secret_is_committed_in_the_compose_files()
    {
        var text = Repository.Read("docker-compose.yml") + Repository.Read("docker-compose.scale.yml");
        foreach (var secret in new[] { "POSTGRES_PASSWORD", "CMS_SIGNING_KEY", "CMS_ADMIN_PASSWORD" })
        {
            // Only ever taken from the environment, and required: ${NAME:?message}.
            var uses = Regex.Matches(text, @"\$\{" + secret + @"(?<rest>[^}]*)\}").ToList();
            Assert.NotEmpty(uses);
            Assert.All(uses, use => Assert.StartsWith(":?", use.Groups["rest"].Value, StringComparison.Ordinal));
        }

        var environment = Map(Map(Map(Compose, "services"), "api"), "environment");
        Assert.Matches(@"^\$\{CMS_SIGNING_KEY:\?", Text(environment, "Cms__Auth__SigningKey"));
    }

    [Fact]
    public void The_scale_file_runs_two_api_replicas_behind_nginx()
    {
        var services = Map(Scale, "services");
        Assert.Equal("2", Text(Map(Map(services, "api"), "deploy"), "replicas"));
        var lb = Map(services, "api-lb");
        Assert.StartsWith("nginx:", Text(lb, "image"), StringComparison.Ordinal);
        var mount = Sequence(lb, "volumes").Single();
        var config = Repository.Read(mount.Split(':')[0].TrimStart('.', '/').Split('/'));
        Assert.Contains("server api:8080", config, StringComparison.Ordinal);
        Assert.Contains("X-Forwarded-For", config, StringComparison.Ordinal);
        Assert.Matches(@"location = /metrics \{\s*return 404;", config); // operators' figures stay inside
    }

    [Fact]
    public void The_images_build_with_the_sdk_and_node_and_run_unprivileged_with_health_checks()
    {
        var api = Repository.Read("Cms.Api", "Dockerfile");
        Assert.Matches(@"(?m)^FROM mcr\.microsoft\.com/dotnet/sdk:10\.0 AS build$", api);
        Assert.Matches(@"(?m)^FROM mcr\.microsoft\.com/dotnet/aspnet:10\.0 AS runtime$", api);
        Assert.Matches(@"(?m)^USER \$APP_UID$", api); // the runtime image's non-root user
        Assert.Matches(@"(?m)^HEALTHCHECK .*\n?.*probe", api);
        Assert.Matches(@"(?m)^RUN dotnet publish Cms\.Api/Cms\.Api\.csproj -c Release .*-o /app/publish$", api);
        // Everything the build stage copies exists.
        foreach (Match copy in CopyLine().Matches(api))
        {
            foreach (var source in copy.Groups["sources"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                Assert.True(File.Exists(Repository.PathOf(source)) || Directory.Exists(Repository.PathOf(source)), $"COPY {source}: not in the repository");
            }
        }

        var site = Repository.Read("frontend", "Dockerfile");
        Assert.Matches(@"(?m)^FROM node:20", site);
        Assert.Matches(@"(?m)^RUN apk add --no-cache nginx nginx-mod-http-brotli", site); // Alpine's nginx has the Brotli module
        // The build itself writes each text file's .br and .gz (frontend/scripts/precompress.ts), for brotli_static and gzip_static.
        Assert.Matches(@"(?m)^RUN npm run build$", site);
        Assert.Contains("await precompress(outDir)", Repository.Read("frontend", "vite.config.ts"), StringComparison.Ordinal);
        Assert.Contains("40-cms-config.sh && exec nginx -g 'daemon off;'", site, StringComparison.Ordinal);
        Assert.Contains("npm ci", site, StringComparison.Ordinal);
        var nginx = Repository.Read("frontend", "nginx", "default.conf");
        // A page's address is its file without .html; any other address is a 404 with the 404 page.
        Assert.Contains("try_files $uri $uri.html $uri/index.html =404", nginx, StringComparison.Ordinal);
        Assert.Contains("error_page 404 /404.html", nginx, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^FROM node:20-alpine AS builder", site);
        Assert.Contains("node /site/builder/cli.mjs watch", Repository.Read("frontend", "nginx", "site-builder.sh"), StringComparison.Ordinal);
        Assert.Contains("try_files $uri /admin/index.html", nginx, StringComparison.Ordinal);
        Assert.Matches(@"location /assets/ \{\s*add_header Cache-Control ""public, max-age=31536000, immutable""", nginx);
        Assert.Contains("gzip_static on", nginx, StringComparison.Ordinal);
        Assert.Contains("brotli_static on", nginx, StringComparison.Ordinal);
        // Every preview link's address gets the preview shell, never cached, never indexed.
        Assert.Matches(@"location ~ \^/xem-truoc\(/\|\$\) \{\s*add_header Cache-Control ""private, no-store"" always;\s*add_header X-Robots-Tag noindex always;", nginx);
        Assert.Contains("try_files /xem-truoc.html =404", nginx, StringComparison.Ordinal);
    }

    [Fact]
    public void The_scale_file_runs_a_streaming_replica_that_the_api_reads_from()
    {
        var services = Map(Scale, "services");
        var replica = Map(services, "postgres-replica");
        Assert.Equal(Text(Map(Map(Compose, "services"), "postgres"), "image"), Text(replica, "image")); // the same major version as the primary
        Assert.Equal("postgres", Text(Map(replica, "environment"), "PRIMARY_HOST"));
        var entrypoint = Repository.Read(Sequence(replica, "volumes").First().Split(':')[0].TrimStart('.', '/').Split('/'));
        Assert.Contains("pg_basebackup", entrypoint, StringComparison.Ordinal);
        Assert.Contains(" -R ", entrypoint, StringComparison.Ordinal); // writes standby.signal: a standby, not a copy
        Assert.Contains("hot_standby=on", entrypoint, StringComparison.Ordinal);

        // The primary lets it connect for replication, and the API sends public reads to it.
        var init = Sequence(Map(services, "postgres"), "volumes").Single();
        Assert.EndsWith("/docker-entrypoint-initdb.d/allow-replication.sh:ro", init, StringComparison.Ordinal);
        Assert.Contains("host replication", Repository.Read(init.Split(':')[0].TrimStart('.', '/').Split('/')), StringComparison.Ordinal);
        Assert.Equal("Host=postgres-replica", Text(Map(Map(services, "api"), "environment"), "ConnectionStrings__CmsReplicas"));
    }

    [Fact]
    public async Task The_site_container_writes_its_config_from_the_environment_at_start()
    {
        var folder = Directory.CreateTempSubdirectory("cms-site-config-").FullName;
        try
        {
            var config = Path.Combine(folder, "config.json");
            var (code, _) = await RunAsync(new() { ["CMS_API_BASE_URL"] = "https://api.baosoctrang.vn", ["CMS_SITE_NAME"] = "Báo \"Sóc Trăng\"", ["CMS_CONFIG_PATH"] = config });
            Assert.Equal(0, code);
            var written = JsonNode.Parse(await File.ReadAllTextAsync(config, TestContext.Current.CancellationToken))!.As<SiteConfigBody>();
            Assert.Equal(new SiteConfigBody("https://api.baosoctrang.vn", "Báo \"Sóc Trăng\""), written);

            // Without the API's address the container refuses to start rather than serve a dead site.
            var (refused, output) = await RunAsync(new() { ["CMS_CONFIG_PATH"] = config });
            Assert.NotEqual(0, refused);
            Assert.Contains("CMS_API_BASE_URL", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<(int Code, string Output)> RunAsync(Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("sh", [Repository.PathOf("frontend", "nginx", "40-cms-config.sh")])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        start.Environment.Remove("CMS_API_BASE_URL");
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken) + await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, output);
    }

    /// <summary>Whether the API reads a setting given as an environment variable.</summary>
    private static bool ApiReads(string name)
    {
        if (name is "ConnectionStrings__Cms" or "ConnectionStrings__CmsReplicas" || name.StartsWith("OTEL_", StringComparison.Ordinal) || name.StartsWith("ASPNETCORE_", StringComparison.Ordinal)
            || name.StartsWith("Logging__Console__", StringComparison.Ordinal))
        {
            return true; // the connection strings, OpenTelemetry's own settings, the host's and the console logger's
        }

        var parts = name.Split("__");
        if (parts[0] != CmsOptions.Section || parts.Length < 2)
        {
            return false;
        }

        var type = typeof(CmsOptions);
        foreach (var part in parts.Skip(1))
        {
            if (type.IsArray)
            {
                if (!int.TryParse(part, out _))
                {
                    return false;
                }

                type = type.GetElementType()!;
                continue;
            }

            var property = type.GetProperty(part, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (property is null || !property.CanWrite)
            {
                return false;
            }

            type = property.PropertyType;
        }

        return type == typeof(string) || type.IsValueType || Nullable.GetUnderlyingType(type) is not null;
    }

    private static IEnumerable<string> EnvNames(string dockerfile) =>
        EnvLine().Matches(dockerfile).Select(m => m.Groups["name"].Value);

    private static YamlMappingNode Load(string file)
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(Repository.Read(file)));
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    private static YamlMappingNode Map(YamlMappingNode node, string key) => (YamlMappingNode)node[key];

    private static string Text(YamlMappingNode node, string key) => ((YamlScalarNode)node[key]).Value!;

    private static List<string> Sequence(YamlMappingNode node, string key) =>
        ((YamlSequenceNode)node[key]).Children.Select(c => ((YamlScalarNode)c).Value!).ToList();

    [GeneratedRegex(@"(?m)^COPY (?!--from)(?<sources>.+) \S+$")]
    private static partial Regex CopyLine();

    [GeneratedRegex(@"(?m)(?:^ENV |^\s+)(?<name>[A-Za-z][A-Za-z0-9_]*)=")]
    private static partial Regex EnvLine();

    /// <summary>The site's config.json, as the container writes it.</summary>
    private sealed record SiteConfigBody(string ApiBaseUrl, string SiteName);
}
