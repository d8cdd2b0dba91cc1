using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
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

    [Fact]
    public async Task Up_with_the_unsafe_local_runner_warns_on_health_and_in_the_graphql_server_field()
    {
        var home = Path.Combine(Path.GetTempPath(), "eventagents-unsafe-" + Guid.NewGuid().ToString("N")[..8]);
        var connectionString = await PostgresServer.CreateDatabaseAsync("host");
        using var client = new HttpClient();
        try
        {
            await using var host = HostProcess.Start(
                new Dictionary<string, string> { ["ConnectionStrings__EventStore"] = connectionString, ["EVENTAGENTS_HOME"] = home, ["EVENTAGENTS_RUNNER"] = "unsafe-local" }, "up");
            (await host.WaitForHealthAsync(client, StartTimeout)).Dispose();
            var runner = await RunnerOnHealthAsync(client, host);

            Assert.Equal("unsafe-local", runner.GetProperty("name").GetString());
            Assert.Equal("none", runner.GetProperty("isolation").GetString());
            var warning = runner.GetProperty("warning").GetString()!;
            Assert.Contains("without a sandbox", warning, StringComparison.Ordinal);

            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(host.BaseAddress, "/graphql"))
            {
                Content = JsonContent.Create(new { query = "{ server { runner isolation warning } }" }),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", (await File.ReadAllTextAsync(Path.Combine(home, "api-key"))).Trim());
            using var response = await client.SendAsync(request);
            var server = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("data").GetProperty("server");
            Assert.Equal("unsafe-local", server.GetProperty("runner").GetString());
            Assert.Equal(warning, server.GetProperty("warning").GetString());
        }
        finally
        {
            Directory.Delete(home, recursive: true);
        }
    }

    /// <summary>/health's runner, once the server has made it (it starts listening before).</summary>
    private static async Task<JsonElement> RunnerOnHealthAsync(HttpClient client, HostProcess host)
    {
        var deadline = DateTime.UtcNow + StartTimeout;
        while (true)
        {
            var health = JsonDocument.Parse(await client.GetStringAsync(new Uri(host.BaseAddress, "/health"))).RootElement;
            if (health.GetProperty("runner").ValueKind == JsonValueKind.Object)
            {
                return health.GetProperty("runner").Clone();
            }

            Assert.True(DateTime.UtcNow < deadline, "/health never showed the runner:\n" + host.Output);
            await Task.Delay(200);
        }
    }
}
