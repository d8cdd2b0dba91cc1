using EventAgents.Architecture.Tests.Model;

namespace EventAgents.Architecture.Tests.Rules;

/// <summary>Each project uses only the projects its row of the table of allowed dependencies names.</summary>
public sealed class AllowedProjectsRule(AllowedDependencyTable table) : IArchitectureRule
{
    public string Name => "allowed-dependencies";

    public IEnumerable<Violation> Check(DependencyGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        foreach (var dependency in graph.Dependencies.Where(d => d.Kind == DependencyKind.Project && d.From != d.Target))
        {
            if (!table.Allowed.TryGetValue(dependency.From, out var allowed))
            {
                yield return new Violation(Name, dependency.From, dependency.Target,
                    $"{dependency.Evidence}; {dependency.From} has no row in the table of allowed dependencies of {AllowedDependencyTable.DocumentPath}");
            }
            else if (!allowed.Contains(dependency.Target))
            {
                var may = allowed.Count == 0 ? "no other project" : string.Join(", ", allowed.Order(StringComparer.Ordinal));
                yield return new Violation(Name, dependency.From, dependency.Target, $"{dependency.Evidence}; {dependency.From} may use {may}");
            }
        }
    }
}
