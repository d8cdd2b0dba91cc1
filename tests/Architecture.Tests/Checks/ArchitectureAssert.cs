using EventAgents.Architecture.Tests.Model;
using EventAgents.Architecture.Tests.Product;
using EventAgents.Architecture.Tests.Rules;

namespace EventAgents.Architecture.Tests.Checks;

/// <summary>
/// Fails a test with every forbidden dependency found: per project and forbidden dependency, the first pieces of
/// evidence (a project file's item, an assembly reference, a type that uses another) and how many more there are.
/// </summary>
public static class ArchitectureAssert
{
    private const int EvidencePerDependency = 3;

    public static void Keeps(string ruleName, DependencyGraph graph, string level)
    {
        var rule = ProductArchitecture.Rules.Single(r => r.Name == ruleName);
        NoViolations(rule.Check(graph), $"rule '{ruleName}' ({level})");
    }

    public static void NoViolations(IEnumerable<Violation> violations, string what)
    {
        var groups = violations.Distinct().GroupBy(v => (v.Rule, v.Project, v.Forbidden)).ToList();
        if (groups.Count == 0)
        {
            return;
        }

        var lines = groups.Select(g =>
        {
            var evidence = g.Select(v => v.Evidence).Order(StringComparer.Ordinal).ToList();
            var more = evidence.Count > EvidencePerDependency ? $"\n      ... and {evidence.Count - EvidencePerDependency} more" : "";
            return $"  [{g.Key.Rule}] {g.Key.Project} must not depend on {g.Key.Forbidden}:\n" +
                string.Join('\n', evidence.Take(EvidencePerDependency).Select(e => "      " + e)) + more;
        });
        Assert.Fail($"{groups.Count} forbidden dependenc{(groups.Count == 1 ? "y" : "ies")} ({what}); see {AllowedDependencyTable.DocumentPath}:\n{string.Join('\n', lines)}");
    }
}
