using EventAgents.Domain.Boards;

namespace EventAgents.Domain.Tasks;

/// <summary>An event about one task, stored in its board's stream.</summary>
public interface ITaskEvent : IBoardEvent
{
    /// <summary>The task the event is about.</summary>
    string TaskId { get; }
}

/// <summary>A command about one existing task on a board.</summary>
public interface ITaskCommand : IBoardCommand
{
    /// <summary>The task the command is about.</summary>
    string TaskId { get; }
}
