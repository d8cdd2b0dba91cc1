using EventAgents.Architecture.Tests.Model;

namespace EventAgents.Architecture.Tests.Rules;

/// <summary>A rule of docs/ARCHITECTURE.md over the dependencies of one level.</summary>
public interface IArchitectureRule
{
    /// <summary>A short stable name, shown in test names and messages.</summary>
    string Name { get; }

    IEnumerable<Violation> Check(DependencyGraph graph);
}
