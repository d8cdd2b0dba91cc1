using EventAgents.Application.Boards.Commanding;
using EventAgents.Application.Common.Commanding;
using EventAgents.Application.Tests.Support;
using EventAgents.Domain.Boards;
using EventAgents.Domain.Tasks;
using static EventAgents.Application.Tests.Support.Given;

namespace EventAgents.Application.Tests.Tasks;

public sealed class TaskCommandsTests(StoreFixture fixture) : IClassFixture<StoreFixture>
{
    private readonly BoardCommands _boards = new(fixture.Store);

    private Task<CommandResult<Board, IBoardEvent>> HandleAsync(IBoardCommand command) => _boards.HandleAsync(command, Ada, CancellationToken.None);

    private async Task<string> TaskAsync(string boardId, params string[] dependsOn)
    {
        var taskId = NewId("t");
        Assert.Null((await HandleAsync(new CreateTask(boardId, taskId, "Add search", "Full text search.", dependsOn, Now))).Error);
        return taskId;
    }

    [Fact]
    public async Task Creates_a_task_in_the_backlog()
    {
        var boardId = await BoardAsync(fixture.Store);

        var taskId = await TaskAsync(boardId);
        var duplicate = await HandleAsync(new CreateTask(boardId, taskId, "Another title", "", [], Now));

        Assert.Equal(BoardTaskStatus.Backlog, duplicate.State.Tasks[taskId].Status);
        Assert.Equal("task.already-exists", Assert.IsType<RefusedError>(duplicate.Error).Code);
    }

    [Fact]
    public async Task Moves_a_task_the_client_saw_last()
    {
        var boardId = await BoardAsync(fixture.Store);
        var taskId = await TaskAsync(boardId);

        var result = await HandleAsync(new MoveTask(boardId, taskId, BoardTaskStatus.Ready, 1, "ada", null, Now));

        Assert.Equal(BoardTaskStatus.Backlog, Assert.IsType<TaskMoved>(Assert.Single(result.Events)).From);
        Assert.Equal((BoardTaskStatus.Ready, 2), (result.State.Tasks[taskId].Status, result.State.Tasks[taskId].Version));
    }

    [Fact]
    public async Task Moving_a_task_that_changed_since_the_client_saw_it_is_a_conflict()
    {
        var boardId = await BoardAsync(fixture.Store);
        var taskId = await TaskAsync(boardId);
        await HandleAsync(new MoveTask(boardId, taskId, BoardTaskStatus.Ready, 1, "bob", null, Now));

        var result = await HandleAsync(new MoveTask(boardId, taskId, BoardTaskStatus.Blocked, 1, "ada", null, Now));

        var conflict = Assert.IsType<ConflictError>(result.Error);
        Assert.Equal((1, 2), (conflict.ExpectedVersion, conflict.ActualVersion));
        Assert.Empty(result.Events);
    }

    [Fact]
    public async Task A_change_to_another_task_is_no_conflict_for_the_client()
    {
        var boardId = await BoardAsync(fixture.Store);
        var taskId = await TaskAsync(boardId);
        var otherTask = await TaskAsync(boardId);
        await HandleAsync(new MoveTask(boardId, otherTask, BoardTaskStatus.Ready, 1, "bob", null, Now));

        var result = await HandleAsync(new MoveTask(boardId, taskId, BoardTaskStatus.Ready, 1, "ada", null, Now));

        Assert.Null(result.Error);
    }

    [Fact]
    public async Task Moving_an_unknown_task_is_not_found()
    {
        var boardId = await BoardAsync(fixture.Store);

        var result = await HandleAsync(new MoveTask(boardId, NewId("t"), BoardTaskStatus.Ready, 1, "ada", null, Now));

        Assert.Equal("task.not-found", Assert.IsType<NotFoundError>(result.Error).Code);
    }

    [Fact]
    public async Task A_ready_task_is_claimed_once_and_gets_its_pull_request()
    {
        var boardId = await BoardAsync(fixture.Store);
        var taskId = await TaskAsync(boardId);
        await HandleAsync(new MoveTask(boardId, taskId, BoardTaskStatus.Ready, 1, "ada", null, Now));

        var claimed = await HandleAsync(new ClaimTask(boardId, taskId, "agent-eng", "feature/search", 2, Now));
        var stolen = await HandleAsync(new ClaimTask(boardId, taskId, "agent-other", "feature/other", 3, Now));
        var linked = await HandleAsync(new LinkPullRequest(boardId, taskId, 42, "https://github.com/acme/shop/pull/42", Now));

        Assert.Equal("agent-eng", claimed.State.Tasks[taskId].Assignee);
        Assert.Equal("task.already-claimed", Assert.IsType<RefusedError>(stolen.Error).Code);
        Assert.Equal(new PullRequestLink(42, "https://github.com/acme/shop/pull/42"), linked.State.Tasks[taskId].PullRequest);
    }

    [Fact]
    public async Task Claiming_a_task_that_changed_since_the_client_saw_it_is_a_conflict()
    {
        var boardId = await BoardAsync(fixture.Store);
        var taskId = await TaskAsync(boardId);
        await HandleAsync(new MoveTask(boardId, taskId, BoardTaskStatus.Ready, 1, "ada", null, Now));

        var result = await HandleAsync(new ClaimTask(boardId, taskId, "agent-eng", "feature/search", 1, Now));

        var conflict = Assert.IsType<ConflictError>(result.Error);
        Assert.Equal((1, 2), (conflict.ExpectedVersion, conflict.ActualVersion));
    }

    [Fact]
    public async Task A_task_in_the_backlog_gets_no_pull_request()
    {
        var boardId = await BoardAsync(fixture.Store);
        var taskId = await TaskAsync(boardId);

        var result = await HandleAsync(new LinkPullRequest(boardId, taskId, 42, "https://github.com/acme/shop/pull/42", Now));

        Assert.Equal("task.not-in-progress", Assert.IsType<RefusedError>(result.Error).Code);
    }

    [Fact]
    public async Task Adds_and_removes_dependencies_but_never_a_cycle()
    {
        var boardId = await BoardAsync(fixture.Store);
        var first = await TaskAsync(boardId);
        var second = await TaskAsync(boardId, first);
        var third = await TaskAsync(boardId);

        var added = await HandleAsync(new AddTaskDependency(boardId, third, second, Now));
        var cycle = await HandleAsync(new AddTaskDependency(boardId, first, third, Now));
        var removed = await HandleAsync(new RemoveTaskDependency(boardId, third, second, Now));

        Assert.Contains(second, added.State.Tasks[third].DependsOn);
        Assert.Equal("task.dependency-cycle", Assert.IsType<RefusedError>(cycle.Error).Code);
        Assert.Empty(removed.State.Tasks[third].DependsOn);
    }

    [Fact]
    public async Task A_task_with_open_dependencies_cannot_become_ready()
    {
        var boardId = await BoardAsync(fixture.Store);
        var first = await TaskAsync(boardId);
        var second = await TaskAsync(boardId, first);

        var result = await HandleAsync(new MoveTask(boardId, second, BoardTaskStatus.Ready, 1, "ada", null, Now));

        Assert.Equal("task.dependencies-open", Assert.IsType<RefusedError>(result.Error).Code);
    }

    [Fact]
    public async Task A_move_into_a_full_column_is_refused()
    {
        var boardId = await BoardAsync(fixture.Store, new Dictionary<BoardTaskStatus, int> { [BoardTaskStatus.Ready] = 1 });
        var first = await TaskAsync(boardId);
        var second = await TaskAsync(boardId);
        await HandleAsync(new MoveTask(boardId, first, BoardTaskStatus.Ready, 1, "ada", null, Now));

        var result = await HandleAsync(new MoveTask(boardId, second, BoardTaskStatus.Ready, 1, "ada", null, Now));

        Assert.Equal("task.wip-limit-reached", Assert.IsType<RefusedError>(result.Error).Code);
    }
}
