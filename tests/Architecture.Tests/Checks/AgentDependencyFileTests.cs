using EventAgents.Architecture.Tests.Model;
using EventAgents.Architecture.Tests.Product;
using EventAgents.Architecture.Tests.Rules;
using EventAgents.Architecture.Tests.Scanning;

namespace EventAgents.Architecture.Tests.Checks;

/// <summary>
/// The agent program's dependency file lists every library it loads, packages of packages included: none may be the
/// database's or the message bus's.
/// </summary>
public sealed class AgentDependencyFileTests
{
    [Fact]
    public void The_agent_program_loads_nothing_of_the_database_or_the_message_bus()
    {
        var agent = ProductArchitecture.Projects.Single(p => p.Name == "AgentHost");
        var fileName = agent.AssemblyName + ".deps.json";
        var path = Path.Combine(AppContext.BaseDirectory, fileName);
        Assert.True(File.Exists(path), $"{fileName} is not next to the tests; the test project must reference src/AgentHost.");

        var graph = new DependencyGraph(DependencyFileScanner.Scan(agent.Name, fileName, File.ReadAllText(path), ProductArchitecture.Projects));

        Assert.Contains(graph.Dependencies, d => d.Kind == DependencyKind.Package); // the file was read
        var rule = ProductArchitecture.Rules.Single(r => r.Name == "agent-host-stays-off-the-database");
        ArchitectureAssert.NoViolations(rule.Check(graph), $"rule '{rule.Name}' ({fileName})");
    }
}
