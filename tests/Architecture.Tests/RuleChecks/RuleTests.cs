using EventAgents.Architecture.Tests.Model;
using EventAgents.Architecture.Tests.Rules;

namespace EventAgents.Architecture.Tests.RuleChecks;

/// <summary>Each rule fails on a graph that breaks it, naming the project, the forbidden dependency and the evidence.</summary>
public sealed class RuleTests
{
    private static readonly AllowedDependencyTable Table = AllowedDependencyTable.Parse("""
        ## Allowed dependencies

        | project | may use |
        | --- | --- |
        | `Domain` | nothing |
        | `Application` | `Domain` |
        | `Engine` | `Application`, `Domain` |
        | `Projections` | `Domain`, `Application` |
        | `AgentHost` | `Platform.Llm` |
        | `Platform.Llm` | |
        | `Platform.Postgres` | |
        """);

    [Fact]
    public void Allowed_dependencies_fail_on_a_project_the_row_does_not_name()
    {
        var violation = Assert.Single(Check("allowed-dependencies", Uses("Application", "Domain"), Uses("Application", "Engine")));

        Assert.Equal(("Application", "Engine"), (violation.Project, violation.Forbidden));
        Assert.Contains("seen Application->Engine", violation.Evidence, StringComparison.Ordinal);
        Assert.Contains("Application may use Domain", violation.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Allowed_dependencies_fail_on_a_project_without_a_row()
    {
        var violation = Assert.Single(Check("allowed-dependencies", Uses("Host", "Domain")));

        Assert.Equal(("Host", "Domain"), (violation.Project, violation.Forbidden));
        Assert.Contains("Host has no row", violation.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Domain_fails_on_any_other_project()
    {
        var violation = Assert.Single(Check("domain-uses-no-other-project", Uses("Domain", "Platform.Postgres")));

        Assert.Equal(("Domain", "Platform.Postgres"), (violation.Project, violation.Forbidden));
    }

    [Fact]
    public void Domain_fails_on_anything_outside_the_base_class_library()
    {
        var violations = Check("domain-uses-only-the-bcl",
            Uses("Domain", "YamlDotNet", DependencyKind.Package),
            Uses("Domain", "Npgsql", DependencyKind.Assembly),
            Uses("Domain", "System.Runtime", DependencyKind.Assembly),
            Uses("Domain", "YamlDotNet.Serialization", DependencyKind.Namespace),
            Uses("Domain", "System.Collections.Generic", DependencyKind.Namespace),
            Uses("Domain", "System", DependencyKind.Namespace));

        Assert.Equal(["assembly Npgsql", "namespace YamlDotNet.Serialization", "package YamlDotNet"], violations.Select(v => v.Forbidden).Order());
        Assert.All(violations, v => Assert.Equal("Domain", v.Project));
    }

    [Theory]
    [InlineData("Npgsql", DependencyKind.Assembly)]
    [InlineData("NpgsqlTypes", DependencyKind.Namespace)]
    [InlineData("WolverineFx", DependencyKind.Package)]
    [InlineData("Wolverine.Runtime", DependencyKind.Namespace)]
    [InlineData("Marten", DependencyKind.Package)]
    [InlineData("JasperFx.Events", DependencyKind.Namespace)]
    [InlineData("Weasel.Postgresql", DependencyKind.Assembly)]
    public void The_agent_host_fails_on_the_database_or_the_message_bus_through_our_projects(string target, DependencyKind kind)
    {
        var violation = Assert.Single(Check("agent-host-stays-off-the-database",
            Uses("AgentHost", "Platform.Llm"),
            Uses("AgentHost", "Microsoft.Extensions.AI", DependencyKind.Package),
            Uses("Platform.Llm", target, kind)));

        Assert.Equal("AgentHost", violation.Project);
        Assert.Equal($"{kind.ToString().ToLowerInvariant()} {target}", violation.Forbidden);
        Assert.StartsWith("AgentHost -> Platform.Llm (seen AgentHost->Platform.Llm) -> " + target, violation.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void The_agent_host_fails_on_its_own_direct_reference()
    {
        var violation = Assert.Single(Check("agent-host-stays-off-the-database", Uses("AgentHost", "Npgsql", DependencyKind.Package)));

        Assert.Equal("package Npgsql", violation.Forbidden);
    }

    [Fact]
    public void Projections_fail_on_the_engine_even_through_another_project()
    {
        var violation = Assert.Single(Check("projections-never-use-engine", Uses("Projections", "Application"), Uses("Application", "Engine")));

        Assert.Equal(("Projections", "Engine"), (violation.Project, violation.Forbidden));
        Assert.Equal("Projections -> Application (seen Projections->Application) -> Engine (seen Application->Engine)", violation.Evidence);
    }

    [Fact]
    public void Platform_fails_on_product_code_but_not_on_other_platform_projects()
    {
        var violations = Check("platform-knows-no-product-code",
            Uses("Platform.EventStore", "Platform.Postgres"),
            Uses("Platform.Postgres", "Npgsql", DependencyKind.Package),
            Uses("Platform.Llm", "Application"),
            Uses("Application", "Domain"));

        Assert.Equal([("Platform.Llm", "Application"), ("Platform.Llm", "Domain")], violations.Select(v => (v.Project, v.Forbidden)));
    }

    [Fact]
    public void Every_rule_passes_a_graph_that_keeps_it()
    {
        Dependency[] good =
        [
            Uses("Domain", "System.Runtime", DependencyKind.Assembly),
            Uses("Application", "Domain"),
            Uses("Engine", "Application"),
            Uses("Projections", "Application"),
            Uses("AgentHost", "Platform.Llm"),
            Uses("Platform.Llm", "OpenAI", DependencyKind.Package),
        ];

        Assert.All(ProductRules.Names, name => Assert.Empty(Check(name, good)));
    }

    private static List<Violation> Check(string rule, params Dependency[] dependencies) =>
        [.. ProductRules.Create(Table, name => name.StartsWith("System", StringComparison.Ordinal)).Single(r => r.Name == rule).Check(new DependencyGraph(dependencies))];

    private static Dependency Uses(string from, string target, DependencyKind kind = DependencyKind.Project) =>
        new(from, target, kind, $"seen {from}->{target}");
}
