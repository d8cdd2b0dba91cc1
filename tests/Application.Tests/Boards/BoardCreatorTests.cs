using EventAgents.Application.Boards;
using EventAgents.Application.Boards.Commanding;
using EventAgents.Application.Boards.Creating;
using EventAgents.Application.Common.Commanding;
using EventAgents.Application.Tests.Support;
using EventAgents.Domain.Boards;
using EventAgents.Domain.Tasks;
using static EventAgents.Application.Tests.Support.Given;

namespace EventAgents.Application.Tests.Boards;

public sealed class BoardCreatorTests(StoreFixture fixture) : IClassFixture<StoreFixture>
{
    private readonly BoardCreator _creator = new(fixture.Store);

    [Fact]
    public async Task Creates_a_board_with_a_column_per_status_and_its_wip_limits_in_one_append()
    {
        var request = new CreateBoardWithLimits(NewId("b"), await ProjectAsync(fixture.Store), "Work",
            new Dictionary<BoardTaskStatus, int> { [BoardTaskStatus.InProgress] = 3, [BoardTaskStatus.Review] = 2 }, Now);

        var result = await _creator.CreateAsync(request, Ada, CancellationToken.None);

        Assert.Equal([typeof(BoardCreated), typeof(WipLimitSet), typeof(WipLimitSet)], result.Events.Select(e => e.GetType()));
        Assert.Equal(3, result.Version);
        Assert.Equal(Enum.GetValues<BoardTaskStatus>().Length, result.State.Columns.Count);
        Assert.Equal((3, 2), (result.State.Column(BoardTaskStatus.InProgress).WipLimit, result.State.Column(BoardTaskStatus.Review).WipLimit));
    }

    [Fact]
    public async Task A_board_needs_an_existing_project()
    {
        var request = new CreateBoardWithLimits(NewId("b"), NewId("p"), "Work", new Dictionary<BoardTaskStatus, int>(), Now);

        var result = await _creator.CreateAsync(request, Ada, CancellationToken.None);

        Assert.Equal("project.not-found", Assert.IsType<NotFoundError>(result.Error).Code);
        Assert.Equal(0, result.Version);
    }

    [Fact]
    public async Task A_limit_below_one_is_refused_and_nothing_is_stored()
    {
        var request = new CreateBoardWithLimits(NewId("b"), await ProjectAsync(fixture.Store), "Work",
            new Dictionary<BoardTaskStatus, int> { [BoardTaskStatus.Ready] = 0 }, Now);

        var result = await _creator.CreateAsync(request, Ada, CancellationToken.None);

        Assert.Equal("board.invalid-wip-limit", Assert.IsType<RefusedError>(result.Error).Code);
        Assert.Empty(await fixture.EventsAsync(BoardStreams.Id(request.BoardId)));
    }

    [Fact]
    public async Task Sets_and_removes_a_wip_limit_later()
    {
        var boardId = await BoardAsync(fixture.Store);
        var boards = new BoardCommands(fixture.Store);

        var set = await boards.HandleAsync(new SetWipLimit(boardId, BoardTaskStatus.Ready, 4, Now), Ada, CancellationToken.None);
        var removed = await boards.HandleAsync(new SetWipLimit(boardId, BoardTaskStatus.Ready, null, Now), Ada, CancellationToken.None);

        Assert.Equal(4, set.State.Column(BoardTaskStatus.Ready).WipLimit);
        Assert.Null(removed.State.Column(BoardTaskStatus.Ready).WipLimit);
    }

    [Fact]
    public async Task Setting_a_limit_on_an_unknown_board_is_not_found()
    {
        var result = await new BoardCommands(fixture.Store).HandleAsync(new SetWipLimit(NewId("b"), BoardTaskStatus.Ready, 4, Now), Ada, CancellationToken.None);

        Assert.Equal("board.not-found", Assert.IsType<NotFoundError>(result.Error).Code);
    }
}
