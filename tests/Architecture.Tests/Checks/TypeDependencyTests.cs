using EventAgents.Architecture.Tests.Product;
using EventAgents.Architecture.Tests.Scanning;

namespace EventAgents.Architecture.Tests.Checks;

/// <summary>The rules over the namespaces the types of each built assembly use (signatures and method bodies).</summary>
public sealed class TypeDependencyTests
{
    [Theory]
    [MemberData(nameof(RuleCases.All), MemberType = typeof(RuleCases))]
    public void Types_keep_the_rule(string rule) =>
        ArchitectureAssert.Keeps(rule, ProductArchitecture.TypeDependencies, "namespaces used by types");

    /// <summary>A namespace tells the project (the type rules rely on it), so each assembly declares types in its own root namespace only.</summary>
    [Fact]
    public void Each_assembly_declares_its_types_in_its_root_namespace()
    {
        var misplaced = ProductArchitecture.BuiltAssemblies
            .SelectMany(p => TypeDependencyScanner.DeclaredOutside(p.RootNamespace, ProductArchitecture.AssemblyPath(p))
                .Select(type => $"{p.Name} declares {type} outside {p.RootNamespace}"))
            .ToList();
        Assert.True(misplaced.Count == 0, string.Join('\n', misplaced));
    }
}
