using System.Collections.Immutable;

namespace EventAgents.Domain.Tasks;

/// <summary>A unit of work on a board.</summary>
/// <param name="Id">Task id, unique on its board.</param>
/// <param name="Title">Short title.</param>
/// <param name="Description">What needs doing.</param>
/// <param name="Status">Where the task is; also its column.</param>
/// <param name="Assignee">The agent or person who claimed it.</param>
/// <param name="Branch">The git branch the work happens on.</param>
/// <param name="PullRequest">The pull request carrying the work, once opened.</param>
/// <param name="DependsOn">Tasks that must be done before this one can be ready.</param>
/// <param name="Version">Number of changes to this task; clients send it back as the expected version.</param>
public sealed record BoardTask(
    string Id,
    string Title,
    string Description,
    BoardTaskStatus Status,
    string? Assignee,
    string? Branch,
    PullRequestLink? PullRequest,
    ImmutableSortedSet<string> DependsOn,
    int Version);

/// <summary>A pull request on the git host.</summary>
public sealed record PullRequestLink(int Number, string Url);
