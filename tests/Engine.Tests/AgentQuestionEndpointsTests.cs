using System.Net;
using EventAgents.Application.Runs.Commanding;
using EventAgents.Domain.Runs;
using EventAgents.Engine.Tests.Support;

namespace EventAgents.Engine.Tests;

/// <summary>The ask_human endpoints record a question once, long-poll for its answer and refuse what cannot be right.</summary>
public sealed class AgentQuestionEndpointsTests : IAsyncLifetime
{
    private const string Pipeline = """
        name: p
        steps:
          - id: design
            type: agent
            agent: architect
            prompt: "Design it."
          - id: build
            type: command
            run: "true"
        """;

    private AgentToolServer server = null!;
    private RunCommands runs = null!;
    private string runId = null!;

    public async Task InitializeAsync()
    {
        server = await AgentToolServer.StartAsync("questionapi");
        runs = new RunCommands(server.Store);
        runId = await server.StartRunAsync(Pipeline, "p1");
        Assert.Null((await runs.HandleAsync(new StartStep(runId, "design", 1, DateTimeOffset.UtcNow), "engine", default)).Error);
    }

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task A_question_is_recorded_once_and_a_second_one_waits_its_turn()
    {
        var first = await SendAsync(HttpMethod.Post, "questions", """{"id":"q1","question":"Which database?"}""");
        var again = await SendAsync(HttpMethod.Post, "questions", """{"id":"q1","question":"Which database?"}""");
        var second = await SendAsync(HttpMethod.Post, "questions", """{"id":"q2","question":"Which port?"}""");

        Assert.Equal(HttpStatusCode.Created, first.Status);
        Assert.Contains("\"status\":\"waiting\"", first.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Equal(HttpStatusCode.Conflict, second.Status);
        Assert.Contains("already waits for an answer to question 'q1'", second.Body, StringComparison.Ordinal);
        var recorded = Assert.Single(await server.Store.ReadStreamAsync(EventAgents.Application.Runs.RunStreams.Id(runId)), e => e.Data is StepQuestionAsked);
        var asked = (StepQuestionAsked)recorded.Data;
        Assert.Equal(("q1", "Which database?", "design", "agent:design"), (asked.QuestionId, asked.Question, asked.StepId, recorded.Metadata.Actor));
    }

    [Fact]
    public async Task A_waiting_poll_returns_the_answer_as_soon_as_it_is_given()
    {
        await SendAsync(HttpMethod.Post, "questions", """{"id":"q1","question":"Which database?"}""");
        var now = await SendAsync(HttpMethod.Get, "questions/q1?wait=0", null);
        Assert.Equal(HttpStatusCode.OK, now.Status);
        Assert.Contains("\"status\":\"waiting\"", now.Body, StringComparison.Ordinal);

        var polling = SendAsync(HttpMethod.Get, "questions/q1?wait=30", null);
        await Task.Delay(300);
        Assert.False(polling.IsCompleted, "the poll waits for the answer");
        Assert.Null((await runs.HandleAsync(new AnswerQuestion(runId, "design", "q1", "PostgreSQL", "ada", DateTimeOffset.UtcNow), "ada", default)).Error);

        var answered = await polling.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(HttpStatusCode.OK, answered.Status);
        Assert.Contains("\"status\":\"answered\"", answered.Body, StringComparison.Ordinal);
        Assert.Contains("\"answer\":\"PostgreSQL\"", answered.Body, StringComparison.Ordinal);
        Assert.Contains("\"answeredBy\":\"ada\"", answered.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_poll_for_an_attempt_that_is_over_ends_with_410()
    {
        await SendAsync(HttpMethod.Post, "questions", """{"id":"q1","question":"Which database?"}""");
        var polling = SendAsync(HttpMethod.Get, "questions/q1?wait=30", null);
        await runs.HandleAsync(new CancelRun(runId, "ada", "changed my mind", DateTimeOffset.UtcNow), "ada", default);

        var gone = await polling.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(HttpStatusCode.Gone, gone.Status);
        Assert.Contains("no answer will come", gone.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"question":"Which?"}""", "Field 'id' is required")]
    [InlineData("""{"id":"q1","question":""}""", "Field 'question' must not be empty.")]
    [InlineData("""{"id":"q1"}""", "Field 'question' is required")]
    [InlineData("not json", "The body is not valid JSON")]
    public async Task Bad_questions_are_refused_with_400_naming_the_field(string json, string expected)
    {
        var (status, body) = await SendAsync(HttpMethod.Post, "questions", json);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.True(body.Contains(expected, StringComparison.Ordinal), body);
    }

    [Fact]
    public async Task Polling_for_a_question_never_asked_or_too_long_is_refused()
    {
        var unknown = await SendAsync(HttpMethod.Get, "questions/q9?wait=0", null);
        var tooLong = await SendAsync(HttpMethod.Get, "questions/q9?wait=61", null);

        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Contains("asked no question 'q9'", unknown.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.Status);
        Assert.Contains("Field 'wait' must be 0 to 60 seconds", tooLong.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_command_step_cannot_ask_and_another_steps_token_is_refused()
    {
        var command = await SendAsync(HttpMethod.Post, "questions", """{"id":"q1","question":"Which?"}""", step: "build");
        var forbidden = await server.SendAsync(HttpMethod.Post, runId, "design", "questions", """{"id":"q1","question":"Which?"}""", tokenStep: "build");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, command.Status);
        Assert.True(command.Body.Contains("is not run by an agent", StringComparison.Ordinal), command.Body);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.Status);
    }

    private Task<(HttpStatusCode Status, string Body)> SendAsync(HttpMethod method, string path, string? json, string step = "design") =>
        server.SendAsync(method, runId, step, path, json);
}
