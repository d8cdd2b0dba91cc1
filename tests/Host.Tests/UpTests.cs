using System.Net;
using System.Text.Json;
using EventAgents.Testing;

namespace EventAgents.Host.Tests;

public sealed class UpTests
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Up_with_no_database_configured_starts_its_own_postgres_and_reports_it_healthy()
    {
        var home = Path.Combine(Path.GetTempPath(), "eventagents-up-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            using var client = new HttpClient();
            await using (var host = HostProcess.Start(new Dictionary<string, string> { ["EVENTAGENTS_HOME"] = home }, "up"))
            {
                using var response = await host.WaitForHealthAsync(client, StartTimeout);
                var health = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Equal("healthy", health.GetProperty("status").GetString());
                Assert.Equal("healthy", health.GetProperty("database").GetProperty("status").GetString());
                Assert.True(health.GetProperty("database").GetProperty("embedded").GetBoolean());
                Assert.StartsWith("PostgreSQL ", health.GetProperty("database").GetProperty("server").GetString(), StringComparison.Ordinal);
                Assert.Equal(0, await host.StopAsync());
            }

            Assert.True(File.Exists(Path.Combine(home, "postgres", "PG_VERSION")));
            Assert.False(File.Exists(Path.Combine(home, "postgres", "postmaster.pid")), "the embedded server stops with the product");
        }
        finally
        {
            Directory.Delete(home, recursive: true);
        }
    }

    [Fact]
    public async Task Up_with_a_connection_string_uses_that_server_instead()
    {
        var connectionString = await PostgresServer.CreateDatabaseAsync("host");
        using var client = new HttpClient();
        await using var host = HostProcess.Start(new Dictionary<string, string> { ["ConnectionStrings__EventStore"] = connectionString }, "up");

        using var response = await host.WaitForHealthAsync(client, StartTimeout);
        var database = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("database");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(database.GetProperty("embedded").GetBoolean());
        Assert.StartsWith("host_", database.GetProperty("name").GetString(), StringComparison.Ordinal);
    }
}
