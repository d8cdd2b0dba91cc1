using EventAgents.Domain.Boards;
using EventAgents.Domain.Common;

namespace EventAgents.Domain.Tasks;

/// <summary>Stops a task waiting for another task.</summary>
public sealed record RemoveTaskDependency(string BoardId, string TaskId, string DependsOnTaskId, DateTimeOffset At) : ITaskCommand;

/// <summary>A task no longer depends on another.</summary>
public sealed record TaskDependencyRemoved(string BoardId, string TaskId, string DependsOnTaskId, DateTimeOffset At) : ITaskEvent;

/// <summary>Decides <see cref="RemoveTaskDependency"/>.</summary>
public static class RemovingDependency
{
    /// <summary>Removes the dependency if there is one.</summary>
    public static Decision<IBoardEvent> Decide(RemoveTaskDependency command, Board state) =>
        state.Tasks[command.TaskId].DependsOn.Contains(command.DependsOnTaskId)
            ? Decision<IBoardEvent>.Accept(new TaskDependencyRemoved(state.Id, command.TaskId, command.DependsOnTaskId, command.At))
            : Decision<IBoardEvent>.Nothing;
}
