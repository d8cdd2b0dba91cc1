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

    [Fact]
    public async Task A_graphql_ws_client_receives_every_change_of_the_run_it_started_in_order()
    {
        var pipelineId = await server.EnsurePipelineAsync("local", Pipeline);
        var runId = "e2e-" + Guid.NewGuid().ToString("N")[..8];

        var output = await NodeScripts.ScriptAsync("run-client.mjs", server.WebSocketUrl.ToString(), server.OperatorKey,
            JsonSerializer.Serialize(new { runId, pipelineId, projectId = "local" }));

        Assert.False(output.TryGetProperty("error", out var error), error.ToString());
        var started = output.GetProperty("started")[0].GetProperty("data").GetProperty("startRun");
        Assert.Equal(runId, started.GetProperty("runId").GetString());
        Assert.Equal(0, started.GetProperty("errors").GetArrayLength());

        var changes = output.GetProperty("changes").EnumerateArray().Select(r => r.GetProperty("data").GetProperty("runChanged")).ToList();
        var seen = changes.Select(c => $"{c.GetProperty("version").GetInt64()} {c.GetProperty("type").GetString()} {Text(c, "stepId")} {Text(c, "output")?.Trim()} {Text(c, "result")}".TrimEnd()).ToList();
        Assert.Equal(
        [
            "1 run.requested.v1",
            "2 run.started.v1",
            "3 run.step-queued.v1 build",
            "4 run.step-started.v1 build",
            "5 run.step-output-recorded.v1 build built",
            "6 run.step-completed.v1 build  pass",
            "7 run.step-queued.v1 test",
            "8 run.step-started.v1 test",
            "9 run.step-output-recorded.v1 test tested",
            "10 run.step-completed.v1 test  pass",
            "11 run.completed.v1",
        ], seen);
        Assert.Equal("COMPLETED", changes[^1].GetProperty("runStatus").GetString());
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
