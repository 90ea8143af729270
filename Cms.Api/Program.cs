using Cms.Api;
using Cms.Api.Database;
using Cms.Api.Health;
using Cms.Api.Media;
using Cms.Api.Replicas;
using Cms.Api.Security;
using Cms.Api.Telemetry;
using Cms.Api.Validation;

if (args.FirstOrDefault() == HealthProbe.Command)
{
    return await HealthProbe.RunAsync(args); // the container's health check; starts nothing
}

var builder = WebApplication.CreateBuilder(args);
// Docker secrets: a file /run/secrets/Cms__Auth__SigningKey sets Cms:Auth:SigningKey, and so on.
builder.Configuration.AddKeyPerFile(Environment.GetEnvironmentVariable("CMS_SECRETS_DIR") ?? "/run/secrets", optional: true);
builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false); // don't advertise the server
builder.AddCmsApi();
builder.AddCmsTelemetry();

var app = builder.Build();
if (args.FirstOrDefault() == DatabaseStartup.MigrateCommand)
{
    return await app.MigrateOnlyAsync(); // a deployment step: migrate, then exit
}

if (CropRegenerationCommand.IsRequested(args))
{
    return await app.RegenerateCropsAsync(); // media regenerate-crops: the library's missing crops, then exit
}

await app.PrepareDatabaseAsync();

app.UseTrustedProxies(); // first: everything after sees the reader's address
app.UseSecurityHeaders();
app.UseResponseCompression();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseCors();
app.UseRequestBodyLimit();
app.UseRequestTextGuard(); // before anything reads a value the caller sent
app.UseStaticFiles();
app.UseSwagger();
app.UseSwaggerUI(options =>
{
    options.DocumentTitle = "Cms API";
    options.EnablePersistAuthorization();
});
app.UseAuthentication();
app.UseAuthorization();
app.UseOutputCache(); // public GETs only (see Caching/); after CORS and auth, as it must be
app.UseRateLimiter(); // after authorization: a refused caller never uses up a permit
app.UseReplicaReads(); // after the output cache: only what it cannot answer reads a database
app.MapCmsRoutes();
app.MapCmsTelemetry();

await app.RunAsync();
return 0;

/// <summary>Entry point; public so the tests' WebApplicationFactory can start the real app.</summary>
public partial class Program;
