using EventAgents.Domain.Boards;
using EventAgents.Domain.Common;

namespace EventAgents.Domain.Tasks;

/// <summary>Moves a task to another column, if the client saw its latest version.</summary>
public sealed record MoveTask(string BoardId, string TaskId, BoardTaskStatus To, int ExpectedVersion, string MovedBy, string? Reason, DateTimeOffset At) : ITaskCommand;

/// <summary>A task moved between columns.</summary>
public sealed record TaskMoved(string BoardId, string TaskId, BoardTaskStatus From, BoardTaskStatus To, string MovedBy, string? Reason, DateTimeOffset At) : ITaskEvent;

/// <summary>Decides <see cref="MoveTask"/>.</summary>
public static class MovingTask
{
    /// <summary>Moves the task when the move is legal, its dependencies allow it and the column has room.</summary>
    public static Decision<IBoardEvent> Decide(MoveTask command, Board state)
    {
        var task = state.Tasks[command.TaskId];
        if (task.Status == command.To)
        {
            return Decision<IBoardEvent>.Nothing;
        }

        if (command.To == BoardTaskStatus.Claimed)
        {
            return new DomainError("task.claim-required", "A task enters Claimed by being claimed, which names its assignee.");
        }

        var refusal = TaskRules.VersionConflict(task, command.ExpectedVersion) ?? TaskRules.CannotEnter(state, task, command.To);
        return refusal is not null
            ? refusal
            : Decision<IBoardEvent>.Accept(new TaskMoved(state.Id, task.Id, task.Status, command.To, command.MovedBy, command.Reason, command.At));
    }
}
