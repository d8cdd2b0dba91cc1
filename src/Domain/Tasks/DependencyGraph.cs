using EventAgents.Domain.Boards;

namespace EventAgents.Domain.Tasks;

/// <summary>The "depends on" graph of a board's tasks.</summary>
public static class DependencyGraph
{
    /// <summary>
    /// The chain <c>dependency → … → task</c> that adding "<paramref name="taskId"/> depends on
    /// <paramref name="dependencyId"/>" would close into a cycle, or null when it would not.
    /// </summary>
    public static IReadOnlyList<string>? CycleIfAdded(Board board, string taskId, string dependencyId)
    {
        var trail = new List<string>();
        var visited = new HashSet<string>(StringComparer.Ordinal);

        bool Reaches(string current)
        {
            trail.Add(current);
            if (current == taskId)
            {
                return true;
            }

            if (visited.Add(current) && board.Tasks.TryGetValue(current, out var task) && task.DependsOn.Any(Reaches))
            {
                return true;
            }

            trail.RemoveAt(trail.Count - 1);
            return false;
        }

        return Reaches(dependencyId) ? trail : null;
    }
}
