namespace EventAgents.Architecture.Tests.Model;

/// <summary>The dependencies seen at one level (project files, assembly references, types), and the paths between projects.</summary>
public sealed class DependencyGraph
{
    private readonly ILookup<string, Dependency> _byProject;

    public DependencyGraph(IEnumerable<Dependency> dependencies)
    {
        Dependencies = [.. dependencies.Distinct()];
        _byProject = Dependencies.ToLookup(d => d.From, StringComparer.Ordinal);
    }

    public IReadOnlyList<Dependency> Dependencies { get; }

    /// <summary>The dependencies of one project.</summary>
    public IEnumerable<Dependency> Of(string project) => _byProject[project];

    /// <summary>
    /// Every project reachable from <paramref name="project"/> over project dependencies (itself with an empty path), each
    /// with one shortest path of dependencies that leads there.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<Dependency>> Reachable(string project)
    {
        var paths = new Dictionary<string, IReadOnlyList<Dependency>>(StringComparer.Ordinal) { [project] = [] };
        var queue = new Queue<string>([project]);
        while (queue.TryDequeue(out var current))
        {
            foreach (var edge in Of(current).Where(d => d.Kind == DependencyKind.Project && !paths.ContainsKey(d.Target)))
            {
                paths[edge.Target] = [.. paths[current], edge];
                queue.Enqueue(edge.Target);
            }
        }

        return paths;
    }

    /// <summary>A path as a sentence: <c>Projections -> Application (evidence) -> Engine (evidence)</c>.</summary>
    public static string Describe(string start, IEnumerable<Dependency> path) =>
        start + string.Concat(path.Select(d => $" -> {d.Target} ({d.Evidence})"));
}
