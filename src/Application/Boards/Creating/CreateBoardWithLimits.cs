using EventAgents.Domain.Tasks;

namespace EventAgents.Application.Boards.Creating;

/// <summary>
/// Creates a project's board with its columns (one per <see cref="BoardTaskStatus"/>, fixed by the domain) and
/// the WIP limits of the columns that have one.
/// </summary>
public sealed record CreateBoardWithLimits(
    string BoardId, string ProjectId, string Name, IReadOnlyDictionary<BoardTaskStatus, int> WipLimits, DateTimeOffset At);
