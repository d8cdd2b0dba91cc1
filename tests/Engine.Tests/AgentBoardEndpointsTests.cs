using System.Net;
using EventAgents.Application.Boards.Commanding;
using EventAgents.Application.Boards.Creating;
using EventAgents.Application.Common.Commanding;
using EventAgents.Application.GitHosting;
using EventAgents.Application.Projects.Commanding;
using EventAgents.Domain.Projects;
using EventAgents.Domain.Tasks;
using EventAgents.Engine.Tests.Support;

namespace EventAgents.Engine.Tests;

/// <summary>The board and pull-request endpoints refuse bad input, other steps' tokens and what the board refuses.</summary>
public sealed class AgentBoardEndpointsTests : IAsyncLifetime
{
    private const string Pipeline = """
        name: p
        steps:
          - id: build
            type: command
            run: "true"
        """;

    private AgentToolServer server = null!;
    private string runId = null!;

    public async Task InitializeAsync()
    {
        server = await AgentToolServer.StartAsync("boardapi");

        var store = server.Store;
        var at = DateTimeOffset.UtcNow;
        var context = new CommandContext("tests");
        var projects = new ProjectCommands(store);
        Succeeded(await projects.HandleAsync(new CreateProject("p1", "P", "https://example.invalid/p1.git", "main", at), context, default));
        Succeeded(await new BoardCreator(store).CreateAsync(new CreateBoardWithLimits("b1", "p1", "B", new Dictionary<BoardTaskStatus, int>(), at), context, default));
        Succeeded(await projects.HandleAsync(new LinkBoard("p1", "b1", at), context, default));
        var boards = new BoardCommands(store);
        Succeeded(await boards.HandleAsync(new CreateTask("b1", "t1", "T1", "", [], at), context, default));
        Succeeded(await boards.HandleAsync(new MoveTask("b1", "t1", BoardTaskStatus.Ready, 1, "tests", null, at), context, default));
        Succeeded(await boards.HandleAsync(new CreateTask("b1", "t2", "T2", "", [], at), context, default));
        runId = await server.StartRunAsync(Pipeline, "p1");
    }

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task Ready_tasks_are_the_ones_in_ready_on_the_projects_board()
    {
        var (status, body) = await SendAsync(HttpMethod.Get, "board/ready-tasks", null);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("\"boardId\":\"b1\"", body, StringComparison.Ordinal);
        Assert.Contains("\"id\":\"t1\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain("\"id\":\"t2\"", body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("board/claim", "{}", "Field 'taskId' is required and must be a string.")]
    [InlineData("board/claim", """{"taskId":"  "}""", "Field 'taskId' must not be empty.")]
    [InlineData("board/transition", """{"taskId":"t1","to":"Sideways","reason":"r"}""", "Field 'to' must be one of")]
    [InlineData("board/transition", """{"taskId":"t1","to":"Done"}""", "Field 'reason' is required")]
    [InlineData("board/transition", """{"taskId":"t1","to":"Done","reason":"r","expectedVersion":-1}""", "Field 'expectedVersion' must be a whole number")]
    [InlineData("board/comment", """{"taskId":"t1","text":""}""", "Field 'text' must not be empty.")]
    [InlineData("pull-requests", """{"body":"b"}""", "Field 'title' is required")]
    [InlineData("board/claim", "[1]", "The body must be a JSON object.")]
    public async Task Bad_input_is_refused_with_400_naming_the_field(string path, string json, string expected)
    {
        var (status, body) = await SendAsync(HttpMethod.Post, path, json);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(expected, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task What_the_board_refuses_comes_back_as_404_409_or_422_with_its_message()
    {
        var missing = await SendAsync(HttpMethod.Post, "board/claim", """{"taskId":"ghost"}""");
        var backlog = await SendAsync(HttpMethod.Post, "board/claim", """{"taskId":"t2"}""");
        var stale = await SendAsync(HttpMethod.Post, "board/transition", """{"taskId":"t1","to":"Blocked","expectedVersion":1,"reason":"r"}""");

        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
        Assert.Contains("Task 'ghost' is not on board 'b1'.", missing.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, backlog.Status);
        Assert.Equal(HttpStatusCode.Conflict, stale.Status);
        Assert.Contains("reload and retry", stale.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_remote_repository_whose_push_fails_gets_no_pull_request()
    {
        var (status, body) = await SendAsync(HttpMethod.Post, "pull-requests", """{"title":"T","body":""}""");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("branch 'eventagents/run-", body, StringComparison.Ordinal);
        Assert.Empty(await server.Store.ReadStreamAsync(RecordedGitHost.StreamId("p1")));
    }

    [Fact]
    public async Task A_token_of_another_step_is_refused_with_403()
    {
        var (status, _) = await server.SendAsync(HttpMethod.Get, runId, "build", "board/ready-tasks", null, tokenStep: "other");

        Assert.Equal(HttpStatusCode.Forbidden, status);
    }

    private Task<(HttpStatusCode Status, string Body)> SendAsync(HttpMethod method, string path, string? json) =>
        server.SendAsync(method, runId, "build", path, json);

    private static void Succeeded<TState, TEvent>(CommandResult<TState, TEvent> result)
        where TEvent : EventAgents.Domain.Common.IDomainEvent =>
        Assert.True(result.Error is null, result.Error?.Message);
}
