using System.Text.Json;
using EventAgents.Domain.Runs;
using EventAgents.GraphQL.Tests.Support;
using EventAgents.Testing;

namespace EventAgents.GraphQL.Tests;

/// <summary>
/// A step's agent asks a person a question (the AskHuman command, as the agent API sends it): the step shows it, and an
/// operator answers it with answerStepQuestion; the history keeps the answer, the live feed carries the question.
/// </summary>
public sealed class StepQuestionTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private const string AgentPipeline = """
        name: asking-agent
        steps:
          - id: work
            type: agent
            agent: engineer
            prompt: work
            timeout: 10m
            script:
              - tool: run_command
                args: {command: "sleep 300"}
              - tool: complete_step
                args: {result: pass}
        """;

    private const string Answer = """
        mutation ($input: AnswerStepQuestionInput!) {
          answerStepQuestion(input: $input) {
            version
            errors { __typename code message }
            run { steps { stepId question { id } questions { id text attempt answer answeredBy answeredAt } } }
          }
        }
        """;

    private const string Steps = "query ($id: ID!) { run(id: $id) { steps { stepId attempt question { id text askedAt attempt answer } } } }";

    [Fact]
    public async Task A_question_waits_on_the_step_until_an_operator_answers_it_once()
    {
        var runId = await StartAsync();
        var attempt = (await StepAsync(runId)).GetProperty("attempt").GetInt32();
        var asked = await server.Server.GraphQL.Api.RunCommands.HandleAsync(
            new AskHuman(runId, "work", attempt, "q1", "Which branch should I push to?", DateTimeOffset.UtcNow), "agent:engineer", CancellationToken.None);
        Assert.Null(asked.Error);

        await Eventually.TrueAsync(async () => (await StepAsync(runId)).GetProperty("question").ValueKind == JsonValueKind.Object, TimeSpan.FromSeconds(30), "the question shows");
        var question = (await StepAsync(runId)).GetProperty("question");
        Assert.Equal(("q1", "Which branch should I push to?", attempt), (question.GetProperty("id").GetString(), question.GetProperty("text").GetString(), question.GetProperty("attempt").GetInt32()));
        Assert.Equal(JsonValueKind.Null, question.GetProperty("answer").ValueKind);

        var answered = await AnswerAsync(runId, "main", server.OperatorKey);
        Assert.Equal(0, answered.GetProperty("errors").GetArrayLength());
        var step = answered.GetProperty("run").GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("stepId").GetString() == "work");
        Assert.Equal(JsonValueKind.Null, step.GetProperty("question").ValueKind);
        var history = step.GetProperty("questions").EnumerateArray().Single();
        Assert.Equal(("q1", "Which branch should I push to?", attempt, "main", "key:ops"), (history.GetProperty("id").GetString(), history.GetProperty("text").GetString(),
            history.GetProperty("attempt").GetInt32(), history.GetProperty("answer").GetString(), history.GetProperty("answeredBy").GetString()));
        Assert.Equal(JsonValueKind.String, history.GetProperty("answeredAt").ValueKind);

        var again = await AnswerAsync(runId, "main", server.OperatorKey);
        Assert.Equal(0, again.GetProperty("errors").GetArrayLength());
        Assert.Equal(["main"], again.GetProperty("run").GetProperty("steps")[0].GetProperty("questions").EnumerateArray().Select(q => q.GetProperty("answer").GetString()));
        var different = (await AnswerAsync(runId, "develop", server.OperatorKey)).GetProperty("errors").EnumerateArray().Single();
        Assert.Equal(("RefusedError", "question.already-answered"), (different.GetProperty("__typename").GetString(), different.GetProperty("code").GetString()));

        await CancelAsync(runId);
        var changes = await ChangesAsync(runId);
        Assert.Equal("q1", changes.Single(c => c.GetProperty("type").GetString() == "run.step-question-asked.v1").GetProperty("step").GetProperty("question").GetProperty("id").GetString());
        var answerChange = changes.Single(c => c.GetProperty("type").GetString() == "run.step-question-answered.v1");
        Assert.Equal(("work", JsonValueKind.Null), (answerChange.GetProperty("stepId").GetString(), answerChange.GetProperty("step").GetProperty("question").ValueKind));
    }

    [Fact]
    public async Task A_viewer_cannot_answer_and_an_unknown_question_or_an_empty_answer_is_refused()
    {
        var runId = await StartAsync();

        var (status, body) = await server.PostAsync(Answer, new { input = new { runId, stepId = "work", questionId = "q1", answer = "main" } }, server.ViewerKey);
        Assert.Equal(200, status);
        Assert.Equal("FORBIDDEN", body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("code").GetString());

        var notPending = (await AnswerAsync(runId, "main", server.OperatorKey)).GetProperty("errors").EnumerateArray().Single();
        Assert.Equal(("RefusedError", "question.not-pending"), (notPending.GetProperty("__typename").GetString(), notPending.GetProperty("code").GetString()));
        var empty = (await AnswerAsync(runId, " ", server.OperatorKey)).GetProperty("errors").EnumerateArray().Single();
        Assert.Equal("question.answer-required", empty.GetProperty("code").GetString());
        var missing = (await AnswerAsync("no-such-run", "main", server.OperatorKey)).GetProperty("errors").EnumerateArray().Single();
        Assert.Equal(("NotFoundError", "run.not-found"), (missing.GetProperty("__typename").GetString(), missing.GetProperty("code").GetString()));
        await CancelAsync(runId);
    }

    /// <summary>Starts a run whose agent step stays running (its script sleeps) and returns its id once the step runs.</summary>
    private async Task<string> StartAsync()
    {
        var pipelineId = await server.EnsurePipelineAsync("local", AgentPipeline);
        var payload = (await server.DataAsync(TestRuns.StartRun, new { input = new { pipelineId } }, server.OperatorKey)).GetProperty("startRun");
        Assert.True(payload.GetProperty("errors").GetArrayLength() == 0, payload.ToString());
        var runId = payload.GetProperty("runId").GetString()!;
        await Eventually.TrueAsync(async () => (await TestRuns.StatusAsync(server, runId)).Step == "RUNNING", TimeSpan.FromSeconds(30), "the agent step runs");
        return runId;
    }

    private async Task<JsonElement> StepAsync(string runId) =>
        (await server.DataAsync(Steps, new { id = runId }, server.ViewerKey)).GetProperty("run").GetProperty("steps").EnumerateArray().Single();

    private async Task<JsonElement> AnswerAsync(string runId, string answer, string key) =>
        (await server.DataAsync(Answer, new { input = new { runId, stepId = "work", questionId = "q1", answer } }, key)).GetProperty("answerStepQuestion");

    private async Task CancelAsync(string runId)
    {
        var cancelled = await server.DataAsync("mutation ($id: ID!) { cancelRun(input: {runId: $id, reason: \"done\"}) { errors { code } } }", new { id = runId }, server.OperatorKey);
        var run = await server.DataAsync("query ($id: ID!) { run(id: $id) { status reason steps { status reason output toolCalls { tool result } } } }", new { id = runId }, server.OperatorKey);
        Assert.True(cancelled.GetProperty("cancelRun").GetProperty("errors").GetArrayLength() == 0, cancelled.ToString() + run);
    }

    /// <summary>Every change of a finished run from the runChanged subscription (it completes when the run ends).</summary>
    private async Task<List<JsonElement>> ChangesAsync(string runId)
    {
        const string query = "subscription ($runId: ID!) { runChanged(runId: $runId) { type stepId step { stepId question { id text attempt } } } }";
        var output = await NodeScripts.ScriptAsync("subscribe.mjs", server.WebSocketUrl.ToString(), server.ViewerKey, query, JsonSerializer.Serialize(new { runId }), "1000");
        Assert.False(output.TryGetProperty("error", out var error), error.ToString());
        return [.. output.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("data").GetProperty("runChanged"))];
    }
}
