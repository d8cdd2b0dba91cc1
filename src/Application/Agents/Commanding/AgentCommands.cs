using EventAgents.Application.Boards;
using EventAgents.Application.Common.Commanding;
using EventAgents.Domain.Agents;
using EventAgents.Domain.Boards;
using EventAgents.Domain.Common;
using EventAgents.Platform.EventStore;

namespace EventAgents.Application.Agents.Commanding;

/// <summary>
/// Carries out the agent use cases (<see cref="CreateAgent"/>, <see cref="ChangeAgentPersona"/>,
/// <see cref="ChangeAgentModel"/>, <see cref="SetAgentTools"/>, <see cref="ScheduleAgentPulse"/>,
/// <see cref="AssignAgentColumns"/>, <see cref="RetireAgent"/>) on the agent's stream.
/// </summary>
public sealed class AgentCommands(EventStore store)
{
    private readonly CommandHandler<Agent, IAgentEvent> _handler = new(store, AgentStreams.Aggregate);

    public async Task<CommandResult<Agent, IAgentEvent>> HandleAsync(IAgentCommand command, CommandContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(command);
        var crossCheck = command is AssignAgentColumns assign ? await CheckBoardAsync(assign.BoardId, ct).ConfigureAwait(false) : null;
        return await _handler.HandleAsync(command.AgentId, agent => AgentDecider.Decide(command, agent).Then(crossCheck), context, ct)
            .ConfigureAwait(false);
    }

    /// <summary>Agents can only be assigned columns of a board that exists.</summary>
    private async Task<DomainError?> CheckBoardAsync(string boardId, CancellationToken ct)
    {
        var board = await store.LoadAsync(BoardStreams.Id(boardId), Board.Initial, BoardStreams.Evolve, ct: ct).ConfigureAwait(false);
        return board.State.Exists ? null : new DomainError("board.not-found", $"Board '{boardId}' does not exist.");
    }
}
