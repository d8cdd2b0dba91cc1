using EventAgents.GraphQL.Tests.Support;

namespace EventAgents.GraphQL.Tests;

/// <summary>Mutations answer expected failures as typed errors in their payload, never as exceptions.</summary>
public sealed class MutationErrorTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private const string Pause = """
        mutation ($input: PauseRunInput!) {
          pauseRun(input: $input) { runId version run { status version } errors { __typename code message ... on ConflictError { expectedVersion actualVersion } } }
        }
        """;

    [Fact]
    public async Task A_stale_expected_version_is_a_conflict_with_both_versions_and_changes_nothing()
    {
        var runId = await TestRuns.StartGatedAsync(server);
        var (_, version, _) = await TestRuns.StatusAsync(server, runId);

        var payload = (await server.DataAsync(Pause, new { input = new { runId, expectedVersion = version - 1 } }, server.OperatorKey)).GetProperty("pauseRun");

        var error = payload.GetProperty("errors")[0];
        Assert.Equal(("ConflictError", "conflict"), (error.GetProperty("__typename").GetString(), error.GetProperty("code").GetString()));
        Assert.Equal((version - 1, version), (error.GetProperty("expectedVersion").GetInt64(), error.GetProperty("actualVersion").GetInt64()));
        Assert.Equal("RUNNING", (await TestRuns.StatusAsync(server, runId)).Status);

        var paused = (await server.DataAsync(Pause, new { input = new { runId, expectedVersion = version } }, server.OperatorKey)).GetProperty("pauseRun");
        Assert.Equal(0, paused.GetProperty("errors").GetArrayLength());
        Assert.Equal(version + 1, paused.GetProperty("version").GetInt64());
        Assert.Equal(("PAUSED", version + 1), (paused.GetProperty("run").GetProperty("status").GetString(), paused.GetProperty("run").GetProperty("version").GetInt64()));
    }

    [Fact]
    public async Task A_missing_run_is_not_found_and_an_illegal_transition_is_refused()
    {
        var missing = (await server.DataAsync("""mutation { cancelRun(input: {runId: "nope"}) { errors { __typename code } } }""", key: server.OperatorKey))
            .GetProperty("cancelRun").GetProperty("errors")[0];
        Assert.Equal(("NotFoundError", "run.not-found"), (missing.GetProperty("__typename").GetString(), missing.GetProperty("code").GetString()));

        var runId = await TestRuns.StartGatedAsync(server);
        await server.DataAsync("mutation ($id: ID!) { cancelRun(input: {runId: $id, reason: \"done\"}) { errors { code } } }", new { id = runId }, server.OperatorKey);
        var refused = (await server.DataAsync("mutation ($id: ID!) { pauseRun(input: {runId: $id}) { errors { __typename code message } } }", new { id = runId }, server.OperatorKey))
            .GetProperty("pauseRun").GetProperty("errors")[0];
        Assert.Equal(("RefusedError", "run.not-running"), (refused.GetProperty("__typename").GetString(), refused.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task Bad_start_inputs_are_validation_errors_naming_the_field()
    {
        var pipelineId = await server.EnsurePipelineAsync("local", TestRuns.GatedPipeline);
        var notText = (await server.DataAsync(TestRuns.StartRun, new { input = new { pipelineId, inputs = new { count = 3 } } }, server.OperatorKey))
            .GetProperty("startRun").GetProperty("errors")[0];
        Assert.Equal(("ValidationError", "inputs.count"), (notText.GetProperty("__typename").GetString(), notText.GetProperty("path").GetString()));

        var badId = (await server.DataAsync(TestRuns.StartRun, new { input = new { pipelineId, runId = "Not A Slug" } }, server.OperatorKey))
            .GetProperty("startRun").GetProperty("errors")[0];
        Assert.Equal(("ValidationError", "runId"), (badId.GetProperty("__typename").GetString(), badId.GetProperty("path").GetString()));

        var noPipeline = (await server.DataAsync(TestRuns.StartRun, new { input = new { pipelineId = "local--absent" } }, server.OperatorKey))
            .GetProperty("startRun").GetProperty("errors")[0];
        Assert.Equal(("NotFoundError", "pipeline.not-found"), (noPipeline.GetProperty("__typename").GetString(), noPipeline.GetProperty("code").GetString()));
    }

    [Fact]
    public async Task Starting_a_run_id_that_exists_or_in_another_project_is_refused()
    {
        var runId = await TestRuns.StartGatedAsync(server);
        var again = (await server.DataAsync(TestRuns.StartRun, new { input = new { pipelineId = "local--gated", runId } }, server.OperatorKey))
            .GetProperty("startRun").GetProperty("errors")[0];
        Assert.Equal(("RefusedError", "run.already-exists"), (again.GetProperty("__typename").GetString(), again.GetProperty("code").GetString()));

        var otherProject = (await server.DataAsync(TestRuns.StartRun, new { input = new { pipelineId = "local--gated", projectId = "elsewhere" } }, server.OperatorKey))
            .GetProperty("startRun").GetProperty("errors")[0];
        Assert.Equal(("ValidationError", "projectId"), (otherProject.GetProperty("__typename").GetString(), otherProject.GetProperty("path").GetString()));
    }
}
