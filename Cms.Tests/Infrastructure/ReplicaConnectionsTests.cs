using Cms.Infrastructure.Replicas;
using Npgsql;

namespace Cms.Tests.Infrastructure;

public sealed class ReplicaConnectionsTests
{
    private const string Primary = "Host=primary;Port=5432;Database=cms;Username=cms;Password=secret;Timeout=15";

    [Fact]
    public void A_host_list_gives_one_replica_per_server_with_the_primarys_credentials()
    {
        var servers = ReplicaConnections.Expand(Primary, ["Host=replica1,replica2:5433"]);

        Assert.Equal(["replica1:5432/cms", "replica2:5433/cms"], servers.Select(s => s.Name));
        var second = new NpgsqlConnectionStringBuilder(servers[1].ConnectionString);
        Assert.Equal(("replica2", 5433, "cms", "cms", "secret"), (second.Host, second.Port, second.Database, second.Username, second.Password));
    }

    [Fact]
    public void Indexed_strings_are_replicas_too_and_their_own_settings_win()
    {
        var servers = ReplicaConnections.Expand(Primary, [null, "Host=r1;Username=reader;Password=other", "  ", "Server=r2;Port=6432;Timeout=9"]);

        Assert.Equal(["r1:5432/cms", "r2:6432/cms"], servers.Select(s => s.Name));
        var first = new NpgsqlConnectionStringBuilder(servers[0].ConnectionString);
        Assert.Equal(("reader", "other"), (first.Username, first.Password));
        Assert.Equal(9, new NpgsqlConnectionStringBuilder(servers[1].ConnectionString).Timeout);
    }

    [Fact]
    public void A_replica_that_does_not_answer_is_given_up_on_sooner_than_npgsqls_default()
    {
        var server = Assert.Single(ReplicaConnections.Expand(Primary, ["Host=r1"]));

        Assert.Equal(ReplicaConnections.DefaultTimeoutSeconds, new NpgsqlConnectionStringBuilder(server.ConnectionString).Timeout);
    }

    [Fact]
    public void The_names_shown_in_health_carry_no_password()
    {
        var server = Assert.Single(ReplicaConnections.Expand(Primary, ["Host=[::1]:5433"]));

        Assert.Equal("::1:5433/cms", server.Name);
        Assert.DoesNotContain("secret", server.Name);
    }

    [Fact]
    public void Nothing_configured_is_no_replicas()
    {
        Assert.Empty(ReplicaConnections.Expand(Primary, [null, ""]));
    }

    [Theory]
    [InlineData(0x16B3748UL, 0x16B3748UL)] // inside a page: as it is
    [InlineData(0x3002018UL, 0x3002000UL)] // just past a page's header: the page boundary, where the last record ended
    [InlineData(0x4000028UL, 0x4000000UL)] // just past a segment's first, longer header
    [InlineData(0x3002030UL, 0x3002030UL)] // a record's end after the header stays
    public void The_primarys_position_is_where_its_last_record_ended(ulong insert, ulong recordEnd)
    {
        Assert.Equal(recordEnd, WalPosition.RecordEnd(insert, 8192));
    }

    [Fact]
    public void Lag_is_how_long_ago_the_primary_first_held_what_the_replica_has_not_replayed()
    {
        var start = DateTimeOffset.Parse("2026-12-05T01:00:00Z");
        var history = new PrimaryPositionHistory(TimeSpan.FromMinutes(1));
        history.Add(start, 100);
        history.Add(start.AddSeconds(1), 100); // a quiet second
        history.Add(start.AddSeconds(2), 250);
        history.Add(start.AddSeconds(3), 400);

        var now = start.AddSeconds(3.5);
        Assert.Equal(TimeSpan.Zero, history.LagOf(400, now));
        Assert.Equal(TimeSpan.FromSeconds(0.5), history.LagOf(300, now));
        Assert.Equal(TimeSpan.FromSeconds(1.5), history.LagOf(100, now)); // quiet time before a write is not lag
        Assert.Equal(TimeSpan.FromSeconds(3.5), history.LagOf(50, now));
    }
}
