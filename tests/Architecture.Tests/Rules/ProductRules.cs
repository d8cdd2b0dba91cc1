using EventAgents.Architecture.Tests.Model;

namespace EventAgents.Architecture.Tests.Rules;

/// <summary>The rules of docs/ARCHITECTURE.md, checked at every level.</summary>
public static class ProductRules
{
    /// <summary>What the agent program must never bring in, as name prefixes of packages, assemblies and namespaces.</summary>
    public static readonly IReadOnlyList<string> DatabaseAndMessaging = ["Marten", "Wolverine", "JasperFx", "Weasel", "Npgsql"];

    /// <param name="table">The table of allowed dependencies.</param>
    /// <param name="isBaseClassLibrary">Whether an assembly (by name) is part of the .NET base class library.</param>
    public static IReadOnlyList<IArchitectureRule> Create(AllowedDependencyTable table, Func<string, bool> isBaseClassLibrary) =>
    [
        new AllowedProjectsRule(table),
        new NoPathRule("domain-uses-no-other-project", p => p == "Domain", _ => true),
        new ForbiddenExternalRule("domain-uses-only-the-bcl", "Domain", d => d.Kind switch
        {
            DependencyKind.Package => true,
            DependencyKind.Assembly => !isBaseClassLibrary(d.Target),
            DependencyKind.Namespace => d.Target != "System" && !d.Target.StartsWith("System.", StringComparison.Ordinal),
            _ => false,
        }),
        new ForbiddenExternalRule("agent-host-stays-off-the-database", "AgentHost",
            d => DatabaseAndMessaging.Any(prefix => d.Target.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))),
        new NoPathRule("projections-never-use-engine", p => p == "Projections", p => p == "Engine"),
        new NoPathRule("platform-knows-no-product-code", IsPlatform, p => !IsPlatform(p)),
    ];

    /// <summary>The names of the rules, for test cases.</summary>
    public static IReadOnlyList<string> Names { get; } =
        [.. Create(new AllowedDependencyTable(new Dictionary<string, IReadOnlySet<string>>()), _ => true).Select(r => r.Name)];

    public static bool IsPlatform(string project) => project.StartsWith("Platform.", StringComparison.Ordinal);
}
