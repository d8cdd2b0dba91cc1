using EventAgents.Domain.Boards;
using EventAgents.Domain.Common;

namespace EventAgents.Domain.Tasks;

/// <summary>Makes a task wait for another task; dependencies may not form a cycle.</summary>
public sealed record AddTaskDependency(string BoardId, string TaskId, string DependsOnTaskId, DateTimeOffset At) : ITaskCommand;

/// <summary>A task now depends on another.</summary>
public sealed record TaskDependencyAdded(string BoardId, string TaskId, string DependsOnTaskId, DateTimeOffset At) : ITaskEvent;

/// <summary>Decides <see cref="AddTaskDependency"/>.</summary>
public static class AddingDependency
{
    /// <summary>Adds the dependency unless it exists, is unknown or would close a cycle.</summary>
    public static Decision<IBoardEvent> Decide(AddTaskDependency command, Board state)
    {
        var task = state.Tasks[command.TaskId];
        if (task.DependsOn.Contains(command.DependsOnTaskId))
        {
            return Decision<IBoardEvent>.Nothing;
        }

        if (!state.Tasks.ContainsKey(command.DependsOnTaskId))
        {
            return new DomainError("task.unknown-dependency", $"No task '{command.DependsOnTaskId}' on board '{state.Id}'.");
        }

        return DependencyGraph.CycleIfAdded(state, task.Id, command.DependsOnTaskId) is { } cycle
            ? new DomainError("task.dependency-cycle", $"'{task.Id}' cannot depend on '{command.DependsOnTaskId}': {task.Id} -> {string.Join(" -> ", cycle)}.")
            : Decision<IBoardEvent>.Accept(new TaskDependencyAdded(state.Id, task.Id, command.DependsOnTaskId, command.At));
    }
}
