using EventAgents.Architecture.Tests.Product;

namespace EventAgents.Architecture.Tests.Scanning;

/// <summary>Which of our projects an assembly name or a namespace belongs to.</summary>
public static class ProjectNames
{
    private const string OurPrefix = "EventAgents";

    /// <summary>The project that builds the assembly, or null when it is not ours.</summary>
    public static string? ForAssembly(string assemblyName, IReadOnlyList<ProductProject> projects) =>
        projects.FirstOrDefault(p => string.Equals(p.AssemblyName, assemblyName, StringComparison.OrdinalIgnoreCase))?.Name
        ?? (IsOurs(assemblyName) ? Unknown(assemblyName) : null);

    /// <summary>
    /// The project whose root namespace holds <paramref name="ns"/> (the longest that does), or null when the namespace is
    /// not ours. A namespace of ours that no project holds gets a name no table allows.
    /// </summary>
    public static string? ForNamespace(string ns, IReadOnlyList<ProductProject> projects) =>
        projects.Where(p => ns == p.RootNamespace || ns.StartsWith(p.RootNamespace + ".", StringComparison.Ordinal))
            .MaxBy(p => p.RootNamespace.Length)?.Name
        ?? (IsOurs(ns) ? Unknown(ns) : null);

    private static bool IsOurs(string name) =>
        name.Equals(OurPrefix, StringComparison.OrdinalIgnoreCase) || name.StartsWith(OurPrefix + ".", StringComparison.OrdinalIgnoreCase);

    private static string Unknown(string name) => $"{name} (no project under src/)";
}
