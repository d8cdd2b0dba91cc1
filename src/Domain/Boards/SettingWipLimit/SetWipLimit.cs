using EventAgents.Domain.Common;
using EventAgents.Domain.Tasks;

namespace EventAgents.Domain.Boards;

/// <summary>Limits how many tasks a column may hold; null removes the limit.</summary>
public sealed record SetWipLimit(string BoardId, BoardTaskStatus Status, int? Limit, DateTimeOffset At) : IBoardCommand;

/// <summary>A column's WIP limit changed.</summary>
public sealed record WipLimitSet(string BoardId, BoardTaskStatus Status, int? Limit, DateTimeOffset At) : IBoardEvent;

/// <summary>Decides <see cref="SetWipLimit"/>.</summary>
public static class SettingWipLimit
{
    /// <summary>Sets the limit; a column already over a new limit keeps its tasks but takes no more.</summary>
    public static Decision<IBoardEvent> Decide(SetWipLimit command, Board state)
    {
        if (command.Limit is < 1)
        {
            return new DomainError("board.invalid-wip-limit", "A WIP limit must be at least 1.");
        }

        return state.Column(command.Status).WipLimit == command.Limit
            ? Decision<IBoardEvent>.Nothing
            : Decision<IBoardEvent>.Accept(new WipLimitSet(state.Id, command.Status, command.Limit, command.At));
    }
}
