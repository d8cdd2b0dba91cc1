using EventAgents.Application.Boards;
using EventAgents.Application.Boards.Commanding;
using EventAgents.Application.Common.Commanding;
using EventAgents.Application.GitHosting;
using EventAgents.Domain.Boards;
using EventAgents.Domain.Runs;
using EventAgents.Domain.Tasks;
using EventAgents.Testing;
using static EventAgents.Runs.Tests.BoardArrangement;

namespace EventAgents.Runs.Tests;

/// <summary>A scripted agent works its project's board and opens a pull request through the agent API's tools.</summary>
public sealed class BoardToolsTests : IAsyncLifetime
{
    private const string Project = "tools";
    private const string BoardId = "tools-board";

    private const string BoardWork = """
        name: board-work
        steps:
          - id: work
            type: agent
            agent: worker
            prompt: "Take the ready task and offer its work."
            timeout: 2m
            script:
              - tool: get_ready_tasks
                args: {}
              - tool: claim_task
                args: {task_id: greet}
              - tool: transition_task
                args: {task_id: greet, to: InProgress, reason: "starting the greeting"}
              - tool: claim_task
                args: {task_id: missing}
              - tool: transition_task
                args: {task_id: greet, to: Done, expected_version: 1, reason: "a stale version"}
              - tool: comment_task
                args: {task_id: greet, text: "Writing greeting.txt now."}
              - tool: write_file
                args: {path: greeting.txt, content: "hello\n"}
              - tool: open_pull_request
                args: {title: "Add a greeting", body: "Writes greeting.txt."}
              - tool: transition_task
                args: {task_id: greet, to: Review, reason: "pull request opened"}
              - tool: complete_step
                args: {result: pass, output: "offered"}
        """;

    private readonly EngineFixture _engine = new();
    private GitRepository _repository = null!;

    public async Task InitializeAsync()
    {
        await _engine.InitializeAsync();
        _repository = await GitRepository.CreateAsync();
    }

    public async Task DisposeAsync()
    {
        await _engine.DisposeAsync();
        _repository.Dispose();
    }

    [Fact]
    public async Task An_agent_lists_claims_moves_a_ready_task_and_opens_a_pull_request_from_its_run_branch()
    {
        await BoardArrangement.ProjectWithReadyTaskAsync(_engine.Store, Project, BoardId, _repository.Path, linkBoard: true);
        var boards = new BoardCommands(_engine.Store);
        Succeeded(await boards.HandleAsync(new CreateTask(BoardId, "later", "Later", "Not ready yet.", [], DateTimeOffset.UtcNow), new CommandContext("tests"), default));

        var runId = await _engine.StartAsync(BoardWork, projectId: Project);
        var run = await _engine.WaitForAsync(runId, run => run.Status is RunStatus.Completed or RunStatus.Failed, "the run ends");
        Assert.True(run.Status == RunStatus.Completed, await _engine.DescribeAsync(RunStreamId(runId)));

        // The agent reports its calls as they finish, and reports can arrive out of order: its sequence orders them.
        var calls = (await _engine.EventsAsync(runId)).OfType<StepToolCalled>().OrderBy(call => call.Sequence).ToList();
        var ready = calls.Single(call => call.Tool == "get_ready_tasks");
        Assert.False(ready.IsError, ready.Result);
        Assert.Contains("\"id\":\"greet\"", ready.Result, StringComparison.Ordinal);
        Assert.DoesNotContain("later", ready.Result, StringComparison.Ordinal);
        var refusals = calls.Where(call => call.IsError).Select(call => call.Result).ToList();
        Assert.Equal(2, refusals.Count);
        Assert.Contains("Task 'missing' is not on board 'tools-board'", refusals[0], StringComparison.Ordinal);
        Assert.Contains("(409)", refusals[1], StringComparison.Ordinal);

        var events = (await _engine.Store.ReadStreamAsync(BoardStreams.Id(BoardId))).Select(e => e.Data).ToList();
        var claim = Assert.Single(events.OfType<TaskClaimed>());
        Assert.Equal(("greet", "worker", "eventagents/task-greet"), (claim.TaskId, claim.Assignee, claim.Branch));
        var comment = Assert.Single(events.OfType<TaskCommented>());
        Assert.Equal(("greet", "worker", "Writing greeting.txt now."), (comment.TaskId, comment.Author, comment.Text));
        var moves = events.OfType<TaskMoved>().Where(move => move.MovedBy == "worker").Select(move => (move.From, move.To, move.Reason)).ToList();
        Assert.Equal(
            [(BoardTaskStatus.Claimed, BoardTaskStatus.InProgress, "starting the greeting"), (BoardTaskStatus.InProgress, BoardTaskStatus.Review, "pull request opened")],
            moves);

        var request = Assert.Single((await _engine.Store.ReadStreamAsync(RecordedGitHost.StreamId(Project))).Select(e => e.Data).OfType<PullRequestRequested>());
        Assert.Equal(($"eventagents/run-{runId}", "main", "Add a greeting", "Writes greeting.txt.", "worker"),
            (request.Head, request.Base, request.Title, request.Body, request.RequestedBy));
    }

    private static string RunStreamId(string runId) => EventAgents.Application.Runs.RunStreams.Id(runId);
}
