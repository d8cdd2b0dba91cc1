using EventAgents.Domain.Boards;
using EventAgents.Domain.Common;

namespace EventAgents.Domain.Tasks;

/// <summary>Checks shared by the task use cases.</summary>
public static class TaskRules
{
    /// <summary>Error when the client's expected version is not the task's version.</summary>
    public static DomainError? VersionConflict(BoardTask task, int expectedVersion) =>
        task.Version == expectedVersion
            ? null
            : new DomainError("task.version-conflict", $"Task '{task.Id}' is at version {task.Version}, not {expectedVersion}; reload and retry.");

    /// <summary>Error when <paramref name="task"/> may not enter <paramref name="to"/> on <paramref name="board"/>.</summary>
    public static DomainError? CannotEnter(Board board, BoardTask task, BoardTaskStatus to)
    {
        if (!TaskMoves.IsAllowed(task.Status, to))
        {
            return new DomainError("task.illegal-move", $"Task '{task.Id}' cannot go from {task.Status} to {to}.");
        }

        if (TaskMoves.NeedsDependenciesDone(to) && OpenDependencies(board, task) is { Count: > 0 } open)
        {
            return new DomainError("task.dependencies-open", $"Task '{task.Id}' waits for {string.Join(", ", open)}.");
        }

        return board.HasRoomIn(to)
            ? null
            : new DomainError("task.wip-limit-reached", $"Column {board.Column(to).Name} is at its WIP limit of {board.Column(to).WipLimit}.");
    }

    /// <summary>Dependencies of <paramref name="task"/> that are not done yet.</summary>
    public static IReadOnlyList<string> OpenDependencies(Board board, BoardTask task) =>
        [.. task.DependsOn.Where(id => board.Tasks.GetValueOrDefault(id)?.Status != BoardTaskStatus.Done)];
}
