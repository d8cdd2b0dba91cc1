using EventAgents.Domain.Tasks;

namespace EventAgents.Projections.Boards;

/// <summary>A board.</summary>
public sealed record BoardRow(string BoardId, long Seq, string ProjectId, string Name, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, long Version) : ISequenced;

/// <summary>A column of a board: the tasks of one status.</summary>
public sealed record BoardColumnRow(string BoardId, BoardTaskStatus Status, int Ordinal, string Name, int? WipLimit);

/// <summary>A task on a board. <see cref="Version"/> is the task's own version, which moves and claims expect.</summary>
public sealed record TaskRow(
    string BoardId, string TaskId, long Seq, string Title, string Description, BoardTaskStatus Status, string? Assignee, string? Branch,
    int? PullRequestNumber, string? PullRequestUrl, IReadOnlyList<string> DependsOn, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, int Version) : ISequenced;

/// <summary>Which tasks a list shows.</summary>
public sealed record TaskFilter(string? BoardId = null, BoardTaskStatus? Status = null, string? Assignee = null);
