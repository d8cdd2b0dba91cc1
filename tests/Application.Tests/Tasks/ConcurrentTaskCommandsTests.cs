using EventAgents.Application.Boards;
using EventAgents.Application.Boards.Commanding;
using EventAgents.Application.Common.Commanding;
using EventAgents.Application.Tests.Support;
using EventAgents.Domain.Boards;
using EventAgents.Domain.Tasks;
using static EventAgents.Application.Tests.Support.Given;

namespace EventAgents.Application.Tests.Tasks;

/// <summary>
/// Board rules under concurrent commands, sent through two event stores on the same database (like two servers),
/// so the only thing that can serialize them is the board stream's version.
/// </summary>
public sealed class ConcurrentTaskCommandsTests(StoreFixture fixture) : IClassFixture<StoreFixture>
{
    private readonly BoardCommands[] _servers = [new(fixture.Store), new(fixture.OtherStore)];

    private Task<CommandResult<Board, IBoardEvent>> SendAsync(int server, IBoardCommand command) =>
        Task.Run(() => _servers[server % 2].HandleAsync(command, Ada, CancellationToken.None));

    private async Task<string[]> TasksAsync(string boardId, int count)
    {
        var ids = Enumerable.Range(0, count).Select(_ => NewId("t")).ToArray();
        foreach (var id in ids)
        {
            Assert.Null((await SendAsync(0, new CreateTask(boardId, id, $"Task {id}", "", [], Now))).Error);
        }

        return ids;
    }

    [Fact]
    public async Task Concurrent_moves_never_fill_a_column_beyond_its_wip_limit()
    {
        var boardId = await BoardAsync(fixture.Store, new Dictionary<BoardTaskStatus, int> { [BoardTaskStatus.Ready] = 2 });
        var tasks = await TasksAsync(boardId, 8);

        var results = await Task.WhenAll(tasks.Select((taskId, i) => SendAsync(i, new MoveTask(boardId, taskId, BoardTaskStatus.Ready, 1, "ada", null, Now))));

        Assert.Equal(2, results.Count(result => result.Error is null));
        Assert.All(results.Where(result => result.Error is not null), result => Assert.Equal("task.wip-limit-reached", result.Error!.Code));
        var board = await fixture.Store.LoadAsync(BoardStreams.Id(boardId), Board.Initial, BoardStreams.Evolve);
        Assert.Equal(2, board.State.CountIn(BoardTaskStatus.Ready));
    }

    [Fact]
    public async Task Of_two_concurrent_dependencies_that_would_form_a_cycle_only_one_is_added()
    {
        var boardId = await BoardAsync(fixture.Store);
        for (var round = 0; round < 5; round++)
        {
            var tasks = await TasksAsync(boardId, 2);

            var results = await Task.WhenAll(
                SendAsync(0, new AddTaskDependency(boardId, tasks[0], tasks[1], Now)),
                SendAsync(1, new AddTaskDependency(boardId, tasks[1], tasks[0], Now)));

            Assert.Single(results, result => result.Error is null);
            Assert.Single(results, result => result.Error?.Code == "task.dependency-cycle");
        }

        var board = (await fixture.OtherStore.LoadAsync(BoardStreams.Id(boardId), Board.Initial, BoardStreams.Evolve)).State;
        Assert.All(board.Tasks.Values, task => Assert.All(task.DependsOn, dependency => Assert.DoesNotContain(task.Id, board.Tasks[dependency].DependsOn)));
    }

    [Fact]
    public async Task Of_two_concurrent_drags_of_the_same_task_one_wins_and_the_other_is_a_conflict()
    {
        var boardId = await BoardAsync(fixture.Store);
        foreach (var taskId in await TasksAsync(boardId, 5))
        {
            var results = await Task.WhenAll(
                SendAsync(0, new MoveTask(boardId, taskId, BoardTaskStatus.Ready, 1, "ada", null, Now)),
                SendAsync(1, new MoveTask(boardId, taskId, BoardTaskStatus.Blocked, 1, "bob", null, Now)));

            Assert.Single(results, result => result.Error is null);
            var conflict = Assert.IsType<ConflictError>(Assert.Single(results, result => result.Error is not null).Error);
            Assert.Equal((1, 2), (conflict.ExpectedVersion, conflict.ActualVersion));
        }
    }
}
