using EventAgents.Architecture.Tests.Product;

namespace EventAgents.Architecture.Tests.Checks;

/// <summary>The rules over the assemblies each built assembly references, followed through our own assemblies.</summary>
public sealed class AssemblyReferenceTests
{
    [Theory]
    [MemberData(nameof(RuleCases.All), MemberType = typeof(RuleCases))]
    public void Assembly_references_keep_the_rule(string rule) =>
        ArchitectureAssert.Keeps(rule, ProductArchitecture.AssemblyReferences, "assembly references");
}
