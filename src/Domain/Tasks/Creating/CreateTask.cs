using EventAgents.Domain.Boards;
using EventAgents.Domain.Common;

namespace EventAgents.Domain.Tasks;

/// <summary>Adds a task to the board's backlog, optionally depending on existing tasks.</summary>
public sealed record CreateTask(string BoardId, string TaskId, string Title, string Description, IReadOnlyList<string> DependsOn, DateTimeOffset At) : IBoardCommand;

/// <summary>A task was added to the backlog.</summary>
public sealed record TaskCreated(string BoardId, string TaskId, string Title, string Description, IReadOnlyList<string> DependsOn, DateTimeOffset At) : ITaskEvent;

/// <summary>Decides <see cref="CreateTask"/>.</summary>
public static class CreatingTask
{
    /// <summary>Creates the task once; its dependencies must already be on the board.</summary>
    public static Decision<IBoardEvent> Decide(CreateTask command, Board state)
    {
        if (state.Tasks.TryGetValue(command.TaskId, out var existing))
        {
            return existing.Title == command.Title
                ? Decision<IBoardEvent>.Nothing
                : new DomainError("task.already-exists", $"Task '{command.TaskId}' already exists.");
        }

        if (Text.IsBlank(command.TaskId) || Text.IsBlank(command.Title))
        {
            return Text.Required("task", Text.IsBlank(command.TaskId) ? "id" : "title");
        }

        var unknown = command.DependsOn.Where(id => !state.Tasks.ContainsKey(id)).ToList();
        if (unknown.Count > 0)
        {
            return new DomainError("task.unknown-dependency", $"No tasks {string.Join(", ", unknown)} on board '{state.Id}'.");
        }

        return state.HasRoomIn(BoardTaskStatus.Backlog)
            ? Decision<IBoardEvent>.Accept(new TaskCreated(state.Id, command.TaskId, command.Title, command.Description, [.. command.DependsOn.Distinct()], command.At))
            : new DomainError("task.wip-limit-reached", "The backlog is at its WIP limit.");
    }
}
