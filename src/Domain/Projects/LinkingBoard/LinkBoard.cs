using EventAgents.Domain.Common;

namespace EventAgents.Domain.Projects;

/// <summary>Links the board that tracks the project's tasks.</summary>
public sealed record LinkBoard(string ProjectId, string BoardId, DateTimeOffset At) : IProjectCommand;

/// <summary>A board was linked to the project.</summary>
public sealed record BoardLinked(string ProjectId, string BoardId, DateTimeOffset At) : IProjectEvent;

/// <summary>Decides <see cref="LinkBoard"/>.</summary>
public static class LinkingBoard
{
    /// <summary>Links the board; a project has at most one board, linking the same one again changes nothing.</summary>
    public static Decision<IProjectEvent> Decide(LinkBoard command, Project state)
    {
        if (Text.IsBlank(command.BoardId))
        {
            return Text.Required("project", "board-id");
        }

        if (state.BoardId == command.BoardId)
        {
            return Decision<IProjectEvent>.Nothing;
        }

        return state.BoardId is null
            ? Decision<IProjectEvent>.Accept(new BoardLinked(state.Id, command.BoardId, command.At))
            : new DomainError("project.board-already-linked", $"Project '{state.Id}' is already linked to board '{state.BoardId}'.");
    }
}
