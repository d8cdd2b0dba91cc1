using EventAgents.Architecture.Tests.Model;

namespace EventAgents.Architecture.Tests.Rules;

/// <summary>
/// A project depends on nothing outside that <paramref name="forbidden"/> names (a package, an assembly or a namespace),
/// neither directly nor through the projects it depends on.
/// </summary>
public sealed class ForbiddenExternalRule(string name, string project, Func<Dependency, bool> forbidden) : IArchitectureRule
{
    public string Name => name;

    public IEnumerable<Violation> Check(DependencyGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        foreach (var (reached, path) in graph.Reachable(project).OrderBy(r => r.Value.Count).ThenBy(r => r.Key, StringComparer.Ordinal))
        {
            foreach (var dependency in graph.Of(reached).Where(d => d.Kind != DependencyKind.Project && forbidden(d)))
            {
                yield return new Violation(Name, project, $"{dependency.Kind.ToString().ToLowerInvariant()} {dependency.Target}", DependencyGraph.Describe(project, [.. path, dependency]));
            }
        }
    }
}
