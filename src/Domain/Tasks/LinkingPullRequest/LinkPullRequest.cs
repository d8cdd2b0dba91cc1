using EventAgents.Domain.Boards;
using EventAgents.Domain.Common;

namespace EventAgents.Domain.Tasks;

/// <summary>Records the pull request that carries a task's work.</summary>
public sealed record LinkPullRequest(string BoardId, string TaskId, int Number, string Url, DateTimeOffset At) : ITaskCommand;

/// <summary>A pull request was linked to a task.</summary>
public sealed record PullRequestLinked(string BoardId, string TaskId, int Number, string Url, DateTimeOffset At) : ITaskEvent;

/// <summary>Decides <see cref="LinkPullRequest"/>.</summary>
public static class LinkingPullRequest
{
    /// <summary>Links the pull request of a task that is being worked on or reviewed.</summary>
    public static Decision<IBoardEvent> Decide(LinkPullRequest command, Board state)
    {
        var task = state.Tasks[command.TaskId];
        if (task.PullRequest == new PullRequestLink(command.Number, command.Url))
        {
            return Decision<IBoardEvent>.Nothing;
        }

        if (command.Number < 1 || !Uri.TryCreate(command.Url, UriKind.Absolute, out _))
        {
            return new DomainError("task.invalid-pull-request", "A pull request needs a positive number and an absolute URL.");
        }

        return task.Status is BoardTaskStatus.Claimed or BoardTaskStatus.InProgress or BoardTaskStatus.Review
            ? Decision<IBoardEvent>.Accept(new PullRequestLinked(state.Id, task.Id, command.Number, command.Url, command.At))
            : new DomainError("task.not-in-progress", $"Task '{task.Id}' is {task.Status}; only claimed, in-progress or reviewed tasks get pull requests.");
    }
}
