using EventAgents.Domain.Common;
using EventAgents.Domain.Tasks;

namespace EventAgents.Domain.Boards;

/// <summary>The board aggregate, tasks included, as pure functions.</summary>
public static class BoardDecider
{
    /// <summary>Decides what happens when <paramref name="command"/> meets <paramref name="state"/>.</summary>
    public static Decision<IBoardEvent> Decide(IBoardCommand command, Board state) => command switch
    {
        CreateBoard create => CreatingBoard.Decide(create, state),
        _ when !state.Exists => new DomainError("board.not-found", $"Board '{command.BoardId}' does not exist."),
        SetWipLimit set => SettingWipLimit.Decide(set, state),
        CreateTask create => CreatingTask.Decide(create, state),
        ITaskCommand task when !state.Tasks.ContainsKey(task.TaskId) => new DomainError("task.not-found", $"Task '{task.TaskId}' is not on board '{state.Id}'."),
        MoveTask move => MovingTask.Decide(move, state),
        ClaimTask claim => ClaimingTask.Decide(claim, state),
        LinkPullRequest link => LinkingPullRequest.Decide(link, state),
        CommentOnTask comment => CommentingOnTask.Decide(comment, state),
        AddTaskDependency add => AddingDependency.Decide(add, state),
        RemoveTaskDependency remove => RemovingDependency.Decide(remove, state),
        _ => throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "Unknown board command."),
    };

    /// <summary>Applies one event to the state.</summary>
    public static Board Evolve(Board state, IBoardEvent @event) => @event switch
    {
        BoardCreated e => new Board(e.BoardId, e.ProjectId, e.Name, [.. e.Columns], state.Tasks),
        WipLimitSet e => state with { Columns = state.Columns.Replace(state.Column(e.Status), state.Column(e.Status) with { WipLimit = e.Limit }) },
        ITaskEvent e => TaskEvolution.Evolve(state, e),
        _ => state,
    };
}
