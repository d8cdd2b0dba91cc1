using EventAgents.Domain.Common;
using EventAgents.Domain.Tasks;

namespace EventAgents.Domain.Boards;

/// <summary>Creates a project's board with one column per task status.</summary>
public sealed record CreateBoard(string BoardId, string ProjectId, string Name, DateTimeOffset At) : IBoardCommand;

/// <summary>A board was created with its columns.</summary>
public sealed record BoardCreated(string BoardId, string ProjectId, string Name, IReadOnlyList<BoardColumn> Columns, DateTimeOffset At) : IBoardEvent;

/// <summary>Decides <see cref="CreateBoard"/>.</summary>
public static class CreatingBoard
{
    /// <summary>Creates the board once, without WIP limits.</summary>
    public static Decision<IBoardEvent> Decide(CreateBoard command, Board state)
    {
        if (state.Exists)
        {
            return state.ProjectId == command.ProjectId
                ? Decision<IBoardEvent>.Nothing
                : new DomainError("board.already-exists", $"Board '{command.BoardId}' already belongs to project '{state.ProjectId}'.");
        }

        if (Text.IsBlank(command.BoardId) || Text.IsBlank(command.ProjectId))
        {
            return Text.Required("board", Text.IsBlank(command.BoardId) ? "id" : "project-id");
        }

        var columns = Enum.GetValues<BoardTaskStatus>().Select(status => new BoardColumn(status, ColumnName(status), null)).ToList();
        return Decision<IBoardEvent>.Accept(new BoardCreated(command.BoardId, command.ProjectId, Text.IsBlank(command.Name) ? "Board" : command.Name, columns, command.At));
    }

    private static string ColumnName(BoardTaskStatus status) => status == BoardTaskStatus.InProgress ? "In progress" : status.ToString();
}
