using EventAgents.Application.Common.Commanding;
using EventAgents.Application.Projects;
using EventAgents.Domain.Boards;
using EventAgents.Domain.Common;
using EventAgents.Domain.Projects;
using EventAgents.Platform.EventStore;

namespace EventAgents.Application.Boards.Creating;

/// <summary>
/// Creates a board for an existing project, with its WIP limits in the same append, so nobody sees the board
/// without its limits.
/// </summary>
public sealed class BoardCreator(EventStore store)
{
    private readonly CommandHandler<Board, IBoardEvent> _handler = new(store, BoardStreams.Aggregate);

    public async Task<CommandResult<Board, IBoardEvent>> CreateAsync(CreateBoardWithLimits request, CommandContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var project = (await store.LoadAsync(ProjectStreams.Id(request.ProjectId), Project.Initial, ProjectStreams.Evolve, ct: ct).ConfigureAwait(false)).State;
        DomainError? projectCheck = project switch
        {
            { Exists: false } => new DomainError("project.not-found", $"Project '{request.ProjectId}' does not exist."),
            { IsArchived: true } => new DomainError("project.archived", $"Project '{request.ProjectId}' is archived."),
            _ => null,
        };
        return await _handler.HandleAsync(request.BoardId, board => Decide(request, board).Then(projectCheck), context, ct).ConfigureAwait(false);
    }

    private static Decision<IBoardEvent> Decide(CreateBoardWithLimits request, Board state)
    {
        var trail = new EventTrail<Board, IBoardEvent>(state, BoardDecider.Evolve);
        var commands = new IBoardCommand[] { new CreateBoard(request.BoardId, request.ProjectId, request.Name, request.At) }
            .Concat(request.WipLimits.OrderBy(limit => limit.Key).Select(limit => new SetWipLimit(request.BoardId, limit.Key, limit.Value, request.At)));
        foreach (var command in commands)
        {
            var decision = BoardDecider.Decide(command, trail.State);
            if (decision.Error is { } error)
            {
                return error;
            }

            foreach (var e in decision.Events)
            {
                trail.Emit(e);
            }
        }

        return trail.ToDecision();
    }
}
