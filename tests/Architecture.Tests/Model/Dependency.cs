namespace EventAgents.Architecture.Tests.Model;

/// <summary>What a dependency points at.</summary>
public enum DependencyKind
{
    /// <summary>Another project of ours under src/ (its name, such as <c>Platform.Llm</c>).</summary>
    Project,

    /// <summary>A NuGet package or a shared framework, by name.</summary>
    Package,

    /// <summary>An assembly that is not ours, by name.</summary>
    Assembly,

    /// <summary>A namespace that is not ours, of a type some type uses.</summary>
    Namespace,
}

/// <summary>
/// One project's dependency on another project of ours or on something outside, with where it was seen
/// (<paramref name="Evidence"/>: a project file's line, an assembly reference, a type that uses another type).
/// </summary>
public sealed record Dependency(string From, string Target, DependencyKind Kind, string Evidence);
