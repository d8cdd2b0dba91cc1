using EventAgents.Testing;
using Npgsql;

namespace EventAgents.Host.Tests;

/// <summary>
/// The server's keys out of its steps' reach, through the real <c>eventagents</c> program on its default runner: a
/// command step and an agent step try to read the admin API key, the secrets key, the database's files and port, and
/// the run still completes with no byte of any key in what it recorded, on either runner (the container runner needs the
/// engine and the agent image that the test scripts start and build).
/// </summary>
public sealed class IsolationTests
{
    [Theory]
    [InlineData("local")]
    [InlineData("docker")]
    public async Task A_pipeline_that_snoops_on_the_servers_home_finds_nothing_and_records_no_key(string runner)
    {
        var home = Directory.CreateTempSubdirectory("eventagents-isolation-").FullName;
        var database = await PostgresServer.CreateDatabaseAsync("isolation");
        var port = new NpgsqlConnectionStringBuilder(database).Port;
        var environment = new Dictionary<string, string> { ["ConnectionStrings__EventStore"] = database, ["EVENTAGENTS_HOME"] = home, ["EVENTAGENTS_RUNNER"] = runner };
        try
        {
            var (stored, storing) = await EventAgentsCommand.RunAsync(environment, "provider-key-never-in-a-step\n", "secret", "set", "PROBE_KEY");
            Assert.True(stored == 0, storing);
            var pipeline = Path.Combine(home, "leak-probe.yaml");
            await File.WriteAllTextAsync(pipeline, $$"""
                name: leak-probe
                steps:
                  - id: snoop
                    type: command
                    run: "cat {{home}}/api-key | base64; cat {{home}}/api-key | rev; od -An -tx1 {{home}}/secrets.key; cat {{home}}/secrets.key | base64; ls {{home}}/postgres {{home}}; ls -la /proc/1/root/; (exec 3<>/dev/tcp/127.0.0.1/{{port}}) && printf 'reached-%s' database; id -u"
                  - id: agent-snoop
                    type: agent
                    agent: engineer
                    prompt: look around
                    script:
                      - tool: run_command
                        args: {command: "cat {{home}}/api-key | rev; cat {{home}}/secrets.key | od -An -tx1; id -u"}
                      - tool: read_file
                        args: {path: "{{home}}/api-key"}
                      - tool: complete_step
                        args: {result: pass, output: done}
                """);

            var (exitCode, output) = await EventAgentsCommand.RunAsync(environment, null, "run", pipeline);

            Assert.True(exitCode == 0, output);
            Assert.Contains("run completed", output, StringComparison.Ordinal);
            var recorded = await RecordedAsync(database) + output;
            Assert.Contains("No such file or directory", recorded, StringComparison.Ordinal);
            Assert.DoesNotContain("reached-database", recorded, StringComparison.Ordinal);
            Assert.Contains("61000", recorded, StringComparison.Ordinal); // id -u: the steps' user of a root server, in both steps.
            var apiKey = (await File.ReadAllTextAsync(Path.Combine(home, "api-key"))).Trim();
            var secretsKey = await File.ReadAllBytesAsync(Path.Combine(home, "secrets.key"));
            foreach (var form in SmuggledForms.Of(apiKey, secretsKey))
            {
                Assert.DoesNotContain(form, recorded, StringComparison.Ordinal);
            }
        }
        finally
        {
            Directory.Delete(home, recursive: true);
        }
    }


    /// <summary>Every event the run recorded (step outputs, tool calls, failure reasons), as text.</summary>
    private static async Task<string> RecordedAsync(string database)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT string_agg(data::text, E'\\n') FROM eventagents.mt_events", connection);
        return (await command.ExecuteScalarAsync()) as string ?? "";
    }
}
