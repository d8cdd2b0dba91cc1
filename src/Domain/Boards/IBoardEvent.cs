using EventAgents.Domain.Common;

namespace EventAgents.Domain.Boards;

/// <summary>An event in a board's stream (board settings and the tasks on it).</summary>
public interface IBoardEvent : IDomainEvent
{
    /// <summary>The board the event belongs to.</summary>
    string BoardId { get; }
}

/// <summary>A command addressed to one board or to a task on it.</summary>
public interface IBoardCommand
{
    /// <summary>The board the command is addressed to.</summary>
    string BoardId { get; }
}
