using EventAgents.Architecture.Tests.Product;

namespace EventAgents.Architecture.Tests.Checks;

/// <summary>The rules over what the project files under src/ declare (project, package and framework references).</summary>
public sealed class ProjectFileTests
{
    [Theory]
    [MemberData(nameof(RuleCases.All), MemberType = typeof(RuleCases))]
    public void Project_files_keep_the_rule(string rule) =>
        ArchitectureAssert.Keeps(rule, ProductArchitecture.ProjectFiles, "project files");
}
