using EventAgents.Architecture.Tests.Model;
using EventAgents.Architecture.Tests.Product;
using EventAgents.Architecture.Tests.Rules;
using EventAgents.Architecture.Tests.RuleChecks.Fixtures;
using EventAgents.Architecture.Tests.Scanning;

namespace EventAgents.Architecture.Tests.RuleChecks;

/// <summary>
/// The scanners find forbidden dependencies in real inputs that break the rules: this test assembly (which uses the
/// engine and Npgsql in <see cref="ForbiddenUses"/>) taken as a product project, and project files and a dependency
/// file written for the test.
/// </summary>
public sealed class ScannerTests
{
    private static readonly string TestAssembly = typeof(ForbiddenUses).Assembly.Location;

    [Fact]
    public void Types_that_use_the_engine_in_a_method_body_break_the_projections_rule()
    {
        var graph = new DependencyGraph(TypeDependencyScanner.Scan("Projections", TestAssembly, ProductArchitecture.Projects));

        var violation = Assert.Single(Rule("projections-never-use-engine").Check(graph));
        Assert.Equal(("Projections", "Engine"), (violation.Project, violation.Forbidden));
        Assert.Contains($"type {typeof(ForbiddenUses).FullName} uses EventAgents.Engine.Runs.StepDue", violation.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Types_that_use_npgsql_break_the_agent_host_rule_and_a_lambda_counts_as_its_type()
    {
        var graph = new DependencyGraph(TypeDependencyScanner.Scan("AgentHost", TestAssembly, ProductArchitecture.Projects));

        var evidence = Rule("agent-host-stays-off-the-database").Check(graph).Select(v => v.Evidence).ToList();
        Assert.Contains(evidence, e => e.Contains($"type {typeof(ForbiddenUses).FullName} uses Npgsql.NpgsqlConnection", StringComparison.Ordinal));
        Assert.Contains(evidence, e => e.Contains($"type {typeof(ForbiddenUses).FullName} uses Npgsql.NpgsqlParameter", StringComparison.Ordinal));
    }

    [Fact]
    public void Assembly_references_to_npgsql_break_the_agent_host_rule()
    {
        var graph = new DependencyGraph(AssemblyReferenceScanner.Scan("AgentHost", typeof(ForbiddenUses).Assembly, ProductArchitecture.Projects));

        // The test assembly references more of the forbidden packages (through the product's store); Npgsql is the one it uses itself.
        var violation = Assert.Single(Rule("agent-host-stays-off-the-database").Check(graph), v => v.Forbidden == "assembly Npgsql");
        Assert.Contains("EventAgents.Architecture.Tests.dll references assembly Npgsql", violation.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Assembly_references_outside_the_base_class_library_break_the_domain_rules()
    {
        var graph = new DependencyGraph(AssemblyReferenceScanner.Scan("Domain", typeof(ForbiddenUses).Assembly, ProductArchitecture.Projects));

        var forbidden = Rule("domain-uses-only-the-bcl").Check(graph).Select(v => v.Forbidden).ToList();
        Assert.Contains("assembly Mono.Cecil", forbidden);
        Assert.Contains("assembly Npgsql", forbidden);
        Assert.DoesNotContain("assembly System.Runtime", forbidden);
        Assert.Contains(Rule("domain-uses-no-other-project").Check(graph), v => v.Forbidden == "Engine");
    }

    [Fact]
    public void Types_declared_outside_the_root_namespace_are_found()
    {
        var misplaced = TypeDependencyScanner.DeclaredOutside("EventAgents.Projections", TestAssembly);

        Assert.Contains(typeof(ForbiddenUses).FullName!, misplaced);
        Assert.Empty(TypeDependencyScanner.DeclaredOutside("EventAgents.Architecture.Tests", TestAssembly));
    }

    [Fact]
    public void Project_files_that_reference_forbidden_projects_and_packages_break_the_rules()
    {
        var root = Directory.CreateTempSubdirectory("architecture-tests-").FullName;
        try
        {
            WriteProject(root, "Domain", """<PackageReference Include="YamlDotNet" /><ProjectReference Include="../Application/EventAgents.Application.csproj" />""");
            WriteProject(root, "Application", """<ProjectReference Include="..\Engine\EventAgents.Engine.csproj" />""");
            WriteProject(root, "Engine", """<FrameworkReference Include="Microsoft.AspNetCore.App" />""");
            WriteProject(root, "Projections", """<ProjectReference Include="../Application/EventAgents.Application.csproj" />""");
            WriteProject(root, "AgentHost", """<PackageReference Include="WolverineFx" />""");
            var projects = ProductProject.Discover(root);
            var graph = new DependencyGraph(ProjectFileScanner.Scan(projects));

            Assert.Equal(["AgentHost", "Application", "Domain", "Engine", "Projections"], projects.Select(p => p.Name));
            Assert.Equal( // its own package, and the framework it gets through Application and Engine
                ["package Microsoft.AspNetCore.App", "package YamlDotNet"], Rule("domain-uses-only-the-bcl").Check(graph).Select(v => v.Forbidden).Order());
            Assert.Equal(["Application", "Engine"], Rule("domain-uses-no-other-project").Check(graph).Select(v => v.Forbidden));
            var projections = Assert.Single(Rule("projections-never-use-engine").Check(graph));
            Assert.Contains("EventAgents.Application.csproj: <ProjectReference Include=\"..\\Engine\\EventAgents.Engine.csproj\">", projections.Evidence, StringComparison.Ordinal);
            Assert.Equal("package WolverineFx", Assert.Single(Rule("agent-host-stays-off-the-database").Check(graph)).Forbidden);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void A_dependency_file_that_lists_the_database_or_the_message_bus_breaks_the_agent_host_rule()
    {
        const string json = """
            {
              "libraries": {
                "eventagents-agent/1.0.0": { "type": "project" },
                "EventAgents.Platform.Llm/1.0.0": { "type": "project" },
                "OpenAI/2.15.0": { "type": "package" },
                "WolverineFx/6.64.2": { "type": "package" },
                "Npgsql/10.0.0": { "type": "package" }
              }
            }
            """;
        var graph = new DependencyGraph(DependencyFileScanner.Scan("AgentHost", "eventagents-agent.deps.json", json, ProductArchitecture.Projects));

        Assert.DoesNotContain(graph.Dependencies, d => d.Target == "AgentHost");
        Assert.Contains(graph.Dependencies, d => d is { Kind: DependencyKind.Project, Target: "Platform.Llm" });
        var violations = Rule("agent-host-stays-off-the-database").Check(graph).ToList();
        Assert.Equal(["package Npgsql", "package WolverineFx"], violations.Select(v => v.Forbidden).Order());
        Assert.Contains(violations, v => v.Evidence.Contains("eventagents-agent.deps.json lists package WolverineFx/6.64.2", StringComparison.Ordinal));
    }

    /// <summary>The product's rules, with no table of allowed dependencies (the rules checked here do not read it).</summary>
    private static IArchitectureRule Rule(string name) =>
        ProductRules.Create(new AllowedDependencyTable(new Dictionary<string, IReadOnlySet<string>>()), ProductArchitecture.IsBaseClassLibrary).Single(r => r.Name == name);

    private static void WriteProject(string root, string name, string items)
    {
        var folder = Directory.CreateDirectory(Path.Combine(root, "src", name)).FullName;
        File.WriteAllText(Path.Combine(folder, $"EventAgents.{name}.csproj"), $"""<Project Sdk="Microsoft.NET.Sdk"><ItemGroup>{items}</ItemGroup></Project>""");
    }
}
