using System.Collections.Immutable;
using EventAgents.Domain.Tasks;

namespace EventAgents.Domain.Boards;

/// <summary>
/// A project's board: one column per task status, with optional WIP limits, and the tasks on it.
/// Tasks live in their board's stream because WIP limits and dependency cycles are board-wide rules.
/// </summary>
public sealed record Board(string Id, string ProjectId, string Name, ImmutableList<BoardColumn> Columns, ImmutableDictionary<string, BoardTask> Tasks)
{
    /// <summary>The state before the board is created.</summary>
    public static Board Initial { get; } = new("", "", "", [], ImmutableDictionary<string, BoardTask>.Empty);

    /// <summary>True once the board has been created.</summary>
    public bool Exists => Id.Length > 0;

    /// <summary>The column holding tasks of <paramref name="status"/>.</summary>
    public BoardColumn Column(BoardTaskStatus status) => Columns.Find(column => column.Status == status) ?? new BoardColumn(status, status.ToString(), null);

    /// <summary>How many tasks are in the column of <paramref name="status"/>.</summary>
    public int CountIn(BoardTaskStatus status) => Tasks.Values.Count(task => task.Status == status);

    /// <summary>True when the column of <paramref name="status"/> has room for one more task.</summary>
    public bool HasRoomIn(BoardTaskStatus status) => Column(status).WipLimit is not { } limit || CountIn(status) < limit;
}

/// <summary>A board column: the tasks of one status, at most <paramref name="WipLimit"/> of them when set.</summary>
public sealed record BoardColumn(BoardTaskStatus Status, string Name, int? WipLimit);
