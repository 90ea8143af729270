using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Cms.Infrastructure.Persistence;

/// <summary>
/// Lets `dotnet ef migrations add` build the model without starting the API.
/// It never connects: generating a migration only needs the model.
/// </summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<CmsDbContext>
{
    public CmsDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<CmsDbContext>();
        DependencyInjection.UsePostgres(options, "Host=localhost;Database=cms_design");
        return new CmsDbContext(options.Options);
    }
}
