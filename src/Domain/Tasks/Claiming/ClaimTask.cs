using EventAgents.Domain.Boards;
using EventAgents.Domain.Common;
using EventAgents.Domain.Projects;

namespace EventAgents.Domain.Tasks;

/// <summary>An agent or person claims a ready task and names the branch the work goes on.</summary>
public sealed record ClaimTask(string BoardId, string TaskId, string Assignee, string Branch, int ExpectedVersion, DateTimeOffset At) : ITaskCommand;

/// <summary>A task was claimed.</summary>
public sealed record TaskClaimed(string BoardId, string TaskId, string Assignee, string Branch, DateTimeOffset At) : ITaskEvent;

/// <summary>Decides <see cref="ClaimTask"/>.</summary>
public static class ClaimingTask
{
    /// <summary>Claims a ready task; claiming it again as the same assignee changes nothing.</summary>
    public static Decision<IBoardEvent> Decide(ClaimTask command, Board state)
    {
        var task = state.Tasks[command.TaskId];
        if (task is { Status: BoardTaskStatus.Claimed } && task.Assignee == command.Assignee)
        {
            return Decision<IBoardEvent>.Nothing;
        }

        if (task.Assignee is { } holder && holder != command.Assignee && TaskMoves.KeepsAssignee(task.Status))
        {
            return new DomainError("task.already-claimed", $"Task '{task.Id}' is claimed by '{holder}'.");
        }

        if (Text.IsBlank(command.Assignee))
        {
            return Text.Required("task", "assignee");
        }

        if (!GitNames.IsBranchName(command.Branch))
        {
            return new DomainError("task.invalid-branch", $"'{command.Branch}' is not a valid branch name.");
        }

        var refusal = TaskRules.VersionConflict(task, command.ExpectedVersion) ?? TaskRules.CannotEnter(state, task, BoardTaskStatus.Claimed);
        return refusal is not null
            ? refusal
            : Decision<IBoardEvent>.Accept(new TaskClaimed(state.Id, task.Id, command.Assignee, command.Branch, command.At));
    }
}
