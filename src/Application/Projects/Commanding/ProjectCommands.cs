using EventAgents.Application.Boards;
using EventAgents.Application.Common.Commanding;
using EventAgents.Domain.Boards;
using EventAgents.Domain.Common;
using EventAgents.Domain.Projects;
using EventAgents.Platform.EventStore;

namespace EventAgents.Application.Projects.Commanding;

/// <summary>
/// Carries out the project use cases (<see cref="CreateProject"/>, <see cref="ChangeDefaultBranch"/>,
/// <see cref="LinkBoard"/>, <see cref="ArchiveProject"/>) on the project's stream.
/// </summary>
public sealed class ProjectCommands(EventStore store)
{
    private readonly CommandHandler<Project, IProjectEvent> _handler = new(store, ProjectStreams.Aggregate);

    public async Task<CommandResult<Project, IProjectEvent>> HandleAsync(IProjectCommand command, CommandContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var crossCheck = command is LinkBoard link ? await CheckBoardAsync(link, ct).ConfigureAwait(false) : null;
        return await _handler.HandleAsync(command.ProjectId, project => ProjectDecider.Decide(command, project).Then(crossCheck), context, ct)
            .ConfigureAwait(false);
    }

    /// <summary>Only an existing board of the same project can be linked.</summary>
    private async Task<DomainError?> CheckBoardAsync(LinkBoard link, CancellationToken ct)
    {
        var board = (await store.LoadAsync(BoardStreams.Id(link.BoardId), Board.Initial, BoardStreams.Evolve, ct: ct).ConfigureAwait(false)).State;
        if (!board.Exists)
        {
            return new DomainError("board.not-found", $"Board '{link.BoardId}' does not exist.");
        }

        return board.ProjectId == link.ProjectId
            ? null
            : new DomainError("project.board-of-another-project", $"Board '{link.BoardId}' belongs to project '{board.ProjectId}'.");
    }
}
