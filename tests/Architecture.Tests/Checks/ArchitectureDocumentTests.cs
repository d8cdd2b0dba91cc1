using EventAgents.Architecture.Tests.Product;
using EventAgents.Architecture.Tests.Rules;

namespace EventAgents.Architecture.Tests.Checks;

/// <summary>The table of allowed dependencies covers the projects under src/, and every project is inspected.</summary>
public sealed class ArchitectureDocumentTests
{
    [Fact]
    public void Every_project_under_src_has_a_row_in_the_table()
    {
        var missing = ProductArchitecture.Projects.Select(p => p.Name).Where(name => !ProductArchitecture.Table.Allowed.ContainsKey(name)).ToList();
        Assert.True(missing.Count == 0,
            $"Projects under src/ with no row in '{AllowedDependencyTable.Heading}' of {AllowedDependencyTable.DocumentPath}: {string.Join(", ", missing)}");
    }

    [Fact]
    public void The_table_names_only_projects_under_src()
    {
        var known = ProductArchitecture.Projects.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var unknown = ProductArchitecture.Table.Allowed
            .SelectMany(row => row.Value.Prepend(row.Key))
            .Where(name => !known.Contains(name))
            .Distinct()
            .ToList();
        Assert.True(unknown.Count == 0,
            $"{AllowedDependencyTable.DocumentPath} names projects that are not under src/: {string.Join(", ", unknown)} (known: {string.Join(", ", known)})");
    }

    [Fact]
    public void Every_project_under_src_is_built_next_to_the_tests()
    {
        var missing = ProductArchitecture.Projects.Except(ProductArchitecture.BuiltAssemblies).Select(p => $"{p.Name} ({p.AssemblyName}.dll)").ToList();
        Assert.True(missing.Count == 0,
            $"Not inspected, add a ProjectReference to tests/Architecture.Tests/EventAgents.Architecture.Tests.csproj: {string.Join(", ", missing)}");
    }

    [Fact]
    public void The_readme_points_to_the_architecture_in_the_repository()
    {
        var readme = File.ReadAllText(Path.Combine(Repository.Root, "README.md"));
        Assert.Contains("(docs/ARCHITECTURE.md)", readme, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Repository.Root, AllowedDependencyTable.DocumentPath)));
    }
}
