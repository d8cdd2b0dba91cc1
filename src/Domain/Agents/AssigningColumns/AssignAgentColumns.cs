using EventAgents.Domain.Common;
using EventAgents.Domain.Tasks;

namespace EventAgents.Domain.Agents;

/// <summary>Chooses the board columns the agent picks work from on each pulse.</summary>
public sealed record AssignAgentColumns(string AgentId, string BoardId, IReadOnlyList<BoardTaskStatus> Columns, DateTimeOffset At) : IAgentCommand;

/// <summary>The agent's working columns changed.</summary>
public sealed record AgentColumnsAssigned(string AgentId, string BoardId, IReadOnlyList<BoardTaskStatus> Columns, DateTimeOffset At) : IAgentEvent;

/// <summary>Decides <see cref="AssignAgentColumns"/>.</summary>
public static class AssigningColumns
{
    private static readonly BoardTaskStatus[] Workable = [BoardTaskStatus.Backlog, BoardTaskStatus.Ready, BoardTaskStatus.Review, BoardTaskStatus.Failed];

    /// <summary>Assigns the columns; only columns holding unclaimed work can be worked.</summary>
    public static Decision<IAgentEvent> Decide(AssignAgentColumns command, Agent state)
    {
        if (Text.IsBlank(command.BoardId))
        {
            return Text.Required("agent", "board-id");
        }

        var columns = command.Columns.Distinct().Order().ToArray();
        var unworkable = columns.Except(Workable).ToArray();
        if (unworkable.Length > 0)
        {
            return new DomainError("agent.unworkable-column", $"Agents cannot pick work from {string.Join(", ", unworkable)}.");
        }

        return state.BoardId == command.BoardId && state.Columns.SequenceEqual(columns)
            ? Decision<IAgentEvent>.Nothing
            : Decision<IAgentEvent>.Accept(new AgentColumnsAssigned(state.Id, command.BoardId, columns, command.At));
    }
}
