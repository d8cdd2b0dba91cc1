using System.Collections.Frozen;
using static EventAgents.Domain.Tasks.BoardTaskStatus;

namespace EventAgents.Domain.Tasks;

/// <summary>Which status changes a task may make, and which need its dependencies done.</summary>
public static class TaskMoves
{
    private static readonly FrozenDictionary<BoardTaskStatus, BoardTaskStatus[]> Allowed = new Dictionary<BoardTaskStatus, BoardTaskStatus[]>
    {
        [Backlog] = [Ready, Blocked],
        [Ready] = [Backlog, Claimed, Blocked],
        [Claimed] = [InProgress, Ready, Backlog, Blocked],
        [InProgress] = [Review, Done, Failed, Ready, Blocked],
        [Review] = [Done, InProgress, Failed],
        [Failed] = [Ready, Backlog],
        [Blocked] = [Backlog, Ready],
        [Done] = [],
    }.ToFrozenDictionary();

    /// <summary>True when a task may go from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static bool IsAllowed(BoardTaskStatus from, BoardTaskStatus to) => Allowed[from].Contains(to);

    /// <summary>True when entering <paramref name="status"/> requires every dependency to be done.</summary>
    public static bool NeedsDependenciesDone(BoardTaskStatus status) => status is Ready or Claimed or InProgress or Review or Done;

    /// <summary>True for statuses that keep the task's assignee.</summary>
    public static bool KeepsAssignee(BoardTaskStatus status) => status is Claimed or InProgress or Review or Done or Failed or Blocked;
}
