using System.Text.Json;

namespace EventAgents.GraphQL.Tests.Support;

/// <summary>Runs started through the API for tests that need some.</summary>
public static class TestRuns
{
    public const string GatedPipeline = """
        name: gated
        steps:
          - id: gate
            type: gate
            prompt: Ship it?
          - id: ship
            type: command
            run: echo shipped
        """;

    public const string StartRun = """
        mutation ($input: StartRunInput!) {
          startRun(input: $input) { runId version run { runId status version } errors { __typename code message ... on ValidationError { path line column } } }
        }
        """;

    /// <summary>Starts a run of the gated pipeline (defined once per fixture) and returns its id once the gate waits.</summary>
    public static async Task<string> StartGatedAsync(ServerFixture server, string projectId = "local")
    {
        var pipelineId = await server.EnsurePipelineAsync(projectId, GatedPipeline);
        var data = await server.DataAsync(StartRun, new { input = new { pipelineId } }, server.OperatorKey);
        var payload = data.GetProperty("startRun");
        Assert.Equal(0, payload.GetProperty("errors").GetArrayLength());
        var runId = payload.GetProperty("runId").GetString()!;
        await EventAgents.Testing.Eventually.TrueAsync(async () => (await StatusAsync(server, runId)).Step == "AWAITING_APPROVAL", TimeSpan.FromSeconds(30), "the gate waits");
        return runId;
    }

    public static async Task<(string Status, long Version, string? Step)> StatusAsync(ServerFixture server, string runId)
    {
        var run = (await server.DataAsync("query ($id: ID!) { run(id: $id) { status version steps { status } } }", new { id = runId }, server.ViewerKey)).GetProperty("run");
        var steps = run.ValueKind == JsonValueKind.Null ? [] : run.GetProperty("steps").EnumerateArray().ToList();
        return run.ValueKind == JsonValueKind.Null
            ? ("", 0, null)
            : (run.GetProperty("status").GetString()!, run.GetProperty("version").GetInt64(), steps.Count > 0 ? steps[0].GetProperty("status").GetString() : null);
    }
}
