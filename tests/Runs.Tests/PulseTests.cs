using EventAgents.Application.Agents.Commanding;
using EventAgents.Application.Boards;
using EventAgents.Application.Boards.Commanding;
using EventAgents.Application.Common.Commanding;
using EventAgents.Application.GitHosting;
using EventAgents.Application.Pipelines.Defining;
using EventAgents.Domain.Agents;
using EventAgents.Domain.Boards;
using EventAgents.Domain.Tasks;
using EventAgents.Testing;
using static EventAgents.Runs.Tests.BoardArrangement;

namespace EventAgents.Runs.Tests;

/// <summary>Agents wake on their pulse, race for ready tasks, work them on feature branches and open pull requests.</summary>
public sealed class PulseTests : IAsyncLifetime
{
    private const string Project = "acme";
    private const string BoardId = "acme-board";

    // The project's own way of working a task: the scripted agent writes a file and completes; the engine commits it.
    private const string TaskWork = """
        name: task-work
        inputs:
          - name: task_id
          - name: task_title
        steps:
          - id: work
            type: agent
            agent: worker
            prompt: "{{inputs.task_title}}"
            timeout: 2m
            script:
              - tool: write_file
                args: {path: greeting.txt, content: "hello from the task\n"}
              - tool: complete_step
                args: {result: pass, output: "greeting written"}
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
    public async Task Two_agents_race_for_one_ready_task_one_claims_it_and_its_work_ends_as_a_commit_and_a_pull_request()
    {
        await ArrangeAsync(TaskWork, "alice", "bob");

        var board = await WaitForTaskAsync();

        var task = board.Tasks["greet"];
        Assert.True(task.Status == BoardTaskStatus.Review, await _engine.DescribeAsync(BoardStreams.Id(BoardId)));
        var claims = (await _engine.Store.ReadStreamAsync(BoardStreams.Id(BoardId))).Select(e => e.Data).OfType<TaskClaimed>().ToList();
        var claim = Assert.Single(claims);
        Assert.Contains(claim.Assignee, new[] { "alice", "bob" });
        Assert.Equal(claim.Assignee, task.Assignee);
        Assert.Equal("eventagents/task-greet", task.Branch);

        Assert.Equal("hello from the task", await _repository.GitAsync("show", "eventagents/task-greet:greeting.txt"));
        Assert.Equal($"{claim.Assignee}@agents.eventagents.local", await _repository.GitAsync("log", "-1", "--format=%ae", "eventagents/task-greet"));
        Assert.Equal("first", await _repository.GitAsync("log", "-1", "--format=%s", "main"));

        var request = Assert.Single((await _engine.Store.ReadStreamAsync(RecordedGitHost.StreamId(Project))).Select(e => e.Data).OfType<PullRequestRequested>());
        Assert.Equal(("eventagents/task-greet", "main", "Add a greeting", claim.Assignee), (request.Head, request.Base, request.Title, request.RequestedBy));
        Assert.Equal(new PullRequestLink(1, RecordedGitHost.Url(Project, 1)), task.PullRequest);
    }

    [Fact]
    public async Task A_task_whose_run_fails_moves_to_failed_with_the_reason_and_opens_no_pull_request()
    {
        // No task-work pipeline in the project: the built-in one runs; the scripted model has no script, so its step errs.
        await ArrangeAsync(null, "carol");

        var task = (await WaitForTaskAsync()).Tasks["greet"];

        Assert.Equal(BoardTaskStatus.Failed, task.Status);
        var failed = (await _engine.Store.ReadStreamAsync(BoardStreams.Id(BoardId))).Select(e => e.Data).OfType<TaskMoved>().Last();
        Assert.True(failed.Reason?.Contains("ended Failed: Step 'work' ended with 'error'", StringComparison.Ordinal), failed.Reason);
        Assert.Empty(await _engine.Store.ReadStreamAsync(RecordedGitHost.StreamId(Project)));
    }

    private async Task ArrangeAsync(string? taskWork, params string[] agentIds)
    {
        await BoardArrangement.ProjectWithReadyTaskAsync(_engine.Store, Project, BoardId, _repository.Path, linkBoard: false);
        var at = DateTimeOffset.UtcNow;
        var context = new CommandContext("tests");
        if (taskWork is not null)
        {
            Succeeded(await new PipelineDefiner(_engine.Store).DefineAsync(new DefinePipeline(Project, taskWork, "tests", at), context, default));
        }

        var agents = new AgentCommands(_engine.Store);
        foreach (var agent in agentIds)
        {
            Succeeded(await agents.HandleAsync(new CreateAgent(agent, agent, "An engineer.", "scripted", ["write_file"], at), context, default));
            Succeeded(await agents.HandleAsync(new AssignAgentColumns(agent, BoardId, [BoardTaskStatus.Ready], at), context, default));
        }

        // The pulses start at once: each agent's first pulse is due as soon as its schedule is recorded.
        await Task.WhenAll(agentIds.Select(agent => agents.HandleAsync(new ScheduleAgentPulse(agent, TimeSpan.FromMinutes(1), at), context, default)));
    }

    private async Task<Board> WaitForTaskAsync()
    {
        Board board = Board.Initial;
        await Eventually.TrueAsync(async () =>
        {
            board = (await _engine.Store.LoadAsync(BoardStreams.Id(BoardId), Board.Initial, BoardStreams.Evolve)).State;
            return board.Tasks["greet"].Status is BoardTaskStatus.Review or BoardTaskStatus.Failed or BoardTaskStatus.Blocked;
        }, TimeSpan.FromSeconds(60), "the task reaches review").ContinueWith(async t =>
        {
            if (t.IsFaulted)
            {
                throw new TimeoutException(await _engine.DescribeAsync(BoardStreams.Id(BoardId)), t.Exception);
            }
        }).Unwrap();
        return board;
    }
}
