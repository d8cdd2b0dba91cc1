using EventAgents.Domain.Boards;

namespace EventAgents.Domain.Tasks;

/// <summary>Applies task events to their board; every event bumps the task's version.</summary>
public static class TaskEvolution
{
    /// <summary>Applies one task event.</summary>
    public static Board Evolve(Board board, ITaskEvent @event)
    {
        if (@event is TaskCreated created)
        {
            var task = new BoardTask(created.TaskId, created.Title, created.Description, BoardTaskStatus.Backlog, null, null, null, [.. created.DependsOn], 1);
            return board with { Tasks = board.Tasks.SetItem(task.Id, task) };
        }

        // A comment is no change a client's expected version should conflict with.
        if (@event is TaskCommented || !board.Tasks.TryGetValue(@event.TaskId, out var current))
        {
            return board;
        }

        var changed = @event switch
        {
            TaskMoved e => current with { Status = e.To, Assignee = TaskMoves.KeepsAssignee(e.To) ? current.Assignee : null },
            TaskClaimed e => current with { Status = BoardTaskStatus.Claimed, Assignee = e.Assignee, Branch = e.Branch },
            PullRequestLinked e => current with { PullRequest = new PullRequestLink(e.Number, e.Url) },
            TaskDependencyAdded e => current with { DependsOn = current.DependsOn.Add(e.DependsOnTaskId) },
            TaskDependencyRemoved e => current with { DependsOn = current.DependsOn.Remove(e.DependsOnTaskId) },
            _ => current,
        };
        return board with { Tasks = board.Tasks.SetItem(changed.Id, changed with { Version = current.Version + 1 }) };
    }
}
