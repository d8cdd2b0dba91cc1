using System.Text.Json;
using EventAgents.GraphQL.Tests.Support;

namespace EventAgents.GraphQL.Tests;

/// <summary>
/// The issue's end-to-end scenario: the npm graphql-ws client subscribes to a run, starts it with a mutation, and
/// receives every step change and output in order until the run completes — against the real product server.
/// </summary>
public sealed class RunSubscriptionEndToEndTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private const string Pipeline = """
        name: build-and-test
        steps:
          - id: build
            type: command
            run: echo built
          - id: test
            type: command
            run: echo tested
        """;

    private const string AgentPipeline = """
        name: build-and-review
        steps:
          - id: build
            type: command
            run: echo built
          - id: review
            type: agent
            agent: reviewer
            prompt: Review the build.
            timeout: 2m
            script:
              - tool: complete_step
                args: {result: pass, output: "looks good"}
        """;

    [Fact]
    public async Task A_graphql_ws_client_receives_every_change_of_the_run_it_started_in_order()
    {
        var seen = await RunAsync(Pipeline);
        Assert.Equal(
        [
            "1 run.requested.v1",
            "2 run.started.v1",
            "3 run.step-queued.v1 build",
            "4 run.step-started.v1 build",
            "5 run.step-output-recorded.v1 build \"built\\n\"",
            "6 run.step-completed.v1 build  pass",
            "7 run.step-queued.v1 test",
            "8 run.step-started.v1 test",
            "9 run.step-output-recorded.v1 test \"tested\\n\"",
            "10 run.step-completed.v1 test  pass",
            "11 run.completed.v1",
        ], seen);
    }

    [Fact]
    public async Task A_scripted_agent_steps_changes_and_output_arrive_in_order_too()
    {
        var seen = await RunAsync(AgentPipeline);

        // The agent also reports its model and tool calls while it works; the tool call of complete_step may come after the
        // step settled (then it is not recorded), so those are checked apart from the step's state changes.
        var calls = seen.Where(line => line.Contains("-called.v1", StringComparison.Ordinal)).ToList();
        Assert.Contains("9 run.step-model-called.v1 review", calls);
        Assert.All(calls, line => Assert.EndsWith(" review", line, StringComparison.Ordinal));
        Assert.Equal(
        [
            "1 run.requested.v1",
            "2 run.started.v1",
            "3 run.step-queued.v1 build",
            "4 run.step-started.v1 build",
            "5 run.step-output-recorded.v1 build \"built\\n\"",
            "6 run.step-completed.v1 build  pass",
            "7 run.step-queued.v1 review",
            "8 run.step-started.v1 review",
            "run.step-output-recorded.v1 review \"looks good\"",
            "run.step-completed.v1 review  pass",
            "run.completed.v1",
        ], seen.Except(calls).Select(line => int.Parse(line.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) > 8 ? line[(line.IndexOf(' ', StringComparison.Ordinal) + 1)..] : line));
    }

    /// <summary>Subscribes, starts the run, and returns each change as "version type step output result", checking versions are 1, 2, 3, ...</summary>
    private async Task<List<string>> RunAsync(string yaml)
    {
        var pipelineId = await server.EnsurePipelineAsync("local", yaml);
        var runId = "e2e-" + Guid.NewGuid().ToString("N")[..8];

        var output = await NodeScripts.ScriptAsync("run-client.mjs", server.WebSocketUrl.ToString(), server.OperatorKey,
            JsonSerializer.Serialize(new { runId, pipelineId, projectId = "local" }));

        Assert.False(output.TryGetProperty("error", out var error), error.ToString());
        var started = output.GetProperty("started")[0].GetProperty("data").GetProperty("startRun");
        Assert.Equal(runId, started.GetProperty("runId").GetString());
        Assert.Equal(0, started.GetProperty("errors").GetArrayLength());

        var changes = output.GetProperty("changes").EnumerateArray().Select(r => r.GetProperty("data").GetProperty("runChanged")).ToList();
        Assert.Equal(Enumerable.Range(1, changes.Count).Select(v => (long)v), changes.Select(c => c.GetProperty("version").GetInt64()));
        Assert.Equal("COMPLETED", changes[^1].GetProperty("runStatus").GetString());
        return [.. changes.Select(c => $"{c.GetProperty("version").GetInt64()} {c.GetProperty("type").GetString()} {Text(c, "stepId")} {Text(c, "output")?.Trim()} {Text(c, "result")}".TrimEnd())];
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
