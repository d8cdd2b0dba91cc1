using EventAgents.Architecture.Tests.Model;
using EventAgents.Architecture.Tests.Product;

namespace EventAgents.Architecture.Tests.Checks;

/// <summary>Each level sees dependencies the product is known to have, so the rules never pass on an empty scan.</summary>
public sealed class ScannedLevelsTests
{
    public static TheoryData<string> Levels() => ["project files", "assembly references", "types"];

    [Theory]
    [MemberData(nameof(Levels))]
    public void The_level_sees_known_edges_between_projects(string level)
    {
        var graph = Graph(level);

        Assert.Contains(new("Engine", "Application"), Edges(graph));
        Assert.Contains(new("AgentHost", "Platform.Llm"), Edges(graph));
        Assert.Contains(new("Projections", "Platform.EventStore"), Edges(graph));
        Assert.Contains(graph.Dependencies, d => d is { From: "Platform.Postgres", Kind: not DependencyKind.Project } && d.Target.StartsWith("Npgsql", StringComparison.Ordinal));
    }

    [Fact]
    public void The_types_of_the_domain_are_seen_using_the_base_class_library()
    {
        Assert.Contains(ProductArchitecture.TypeDependencies.Of("Domain"), d => d is { Kind: DependencyKind.Namespace, Target: "System.Collections.Generic" });
        Assert.Contains(ProductArchitecture.AssemblyReferences.Of("Domain"), d => d is { Kind: DependencyKind.Assembly, Target: "System.Runtime" });
    }

    private static DependencyGraph Graph(string level) => level switch
    {
        "project files" => ProductArchitecture.ProjectFiles,
        "assembly references" => ProductArchitecture.AssemblyReferences,
        _ => ProductArchitecture.TypeDependencies,
    };

    private static HashSet<KeyValuePair<string, string>> Edges(DependencyGraph graph) =>
        [.. graph.Dependencies.Where(d => d.Kind == DependencyKind.Project).Select(d => new KeyValuePair<string, string>(d.From, d.Target))];
}
