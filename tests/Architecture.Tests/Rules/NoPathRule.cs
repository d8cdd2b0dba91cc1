using EventAgents.Architecture.Tests.Model;

namespace EventAgents.Architecture.Tests.Rules;

/// <summary>No project that <paramref name="from"/> selects depends, directly or through other projects, on one that <paramref name="to"/> selects.</summary>
public sealed class NoPathRule(string name, Func<string, bool> from, Func<string, bool> to) : IArchitectureRule
{
    public string Name => name;

    public IEnumerable<Violation> Check(DependencyGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var sources = graph.Dependencies.Select(d => d.From).Where(from).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            foreach (var (target, path) in graph.Reachable(source).Where(r => r.Key != source && to(r.Key)).OrderBy(r => r.Key, StringComparer.Ordinal))
            {
                yield return new Violation(Name, source, target, DependencyGraph.Describe(source, path));
            }
        }
    }
}
