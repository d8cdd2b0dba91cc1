using System.Text.Json.Serialization;

namespace EventAgents.Domain.Tasks;

/// <summary>Where a task is in its life; each status is one column of the board.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<BoardTaskStatus>))]
public enum BoardTaskStatus
{
    /// <summary>Captured, not yet ready to be worked on.</summary>
    Backlog,

    /// <summary>Ready to be claimed by an agent or a person.</summary>
    Ready,

    /// <summary>Claimed by an assignee who has not started yet.</summary>
    Claimed,

    /// <summary>Being worked on.</summary>
    InProgress,

    /// <summary>Work is done and awaits review.</summary>
    Review,

    /// <summary>Finished.</summary>
    Done,

    /// <summary>The attempt failed; can go back to ready or backlog.</summary>
    Failed,

    /// <summary>Cannot progress until something outside the task changes.</summary>
    Blocked,
}
