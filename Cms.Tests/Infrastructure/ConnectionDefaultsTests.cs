using Cms.Infrastructure.Persistence;
using Npgsql;

namespace Cms.Tests.Infrastructure;

public sealed class ConnectionDefaultsTests
{
    [Fact]
    public void Prepares_statements_and_skips_the_reset_unless_the_operator_says_otherwise()
    {
        var applied = new NpgsqlConnectionStringBuilder(ConnectionDefaults.Apply("Host=db;Database=cms;Username=cms"));

        Assert.Equal(ConnectionDefaults.MaxAutoPrepare, applied.MaxAutoPrepare);
        Assert.True(applied.NoResetOnClose);
        Assert.Equal("db", applied.Host);
        Assert.Equal("cms", applied.Database);
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0;No Reset On Close=false")]
    [InlineData("Host=db;MaxAutoPrepare=0;NoResetOnClose=false")]
    public void The_operators_own_settings_win(string connectionString)
    {
        var applied = new NpgsqlConnectionStringBuilder(ConnectionDefaults.Apply(connectionString));

        Assert.Equal(0, applied.MaxAutoPrepare);
        Assert.False(applied.NoResetOnClose);
    }
}
