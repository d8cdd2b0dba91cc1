using System.Runtime.InteropServices;
using EventAgents.Architecture.Tests.Model;
using EventAgents.Architecture.Tests.Rules;
using EventAgents.Architecture.Tests.Scanning;

namespace EventAgents.Architecture.Tests.Product;

/// <summary>The product as built next to these tests: its projects, the rules, and the dependencies seen at each level.</summary>
public static class ProductArchitecture
{
    public static IReadOnlyList<ProductProject> Projects { get; } = ProductProject.Discover(Repository.Root);

    private static readonly Lazy<AllowedDependencyTable> LazyTable = new(() => AllowedDependencyTable.Load(Repository.Root));
    private static readonly Lazy<DependencyGraph> LazyProjectFiles = new(() => new DependencyGraph(ProjectFileScanner.Scan(Projects)));
    private static readonly Lazy<DependencyGraph> LazyAssemblies = new(() => new DependencyGraph(AssemblyReferenceScanner.Scan(Projects, BuiltAssemblies)));
    private static readonly Lazy<DependencyGraph> LazyTypes = new(() => new DependencyGraph(TypeDependencyScanner.Scan(Projects, BuiltAssemblies)));

    public static AllowedDependencyTable Table => LazyTable.Value;

    public static IReadOnlyList<IArchitectureRule> Rules => ProductRules.Create(Table, IsBaseClassLibrary);

    /// <summary>Where each project's built assembly lies: next to these tests, which reference every project.</summary>
    public static string AssemblyPath(ProductProject project) => Path.Combine(AppContext.BaseDirectory, project.AssemblyName + ".dll");

    /// <summary>The projects whose assembly was built next to these tests.</summary>
    public static IReadOnlyList<ProductProject> BuiltAssemblies => [.. Projects.Where(p => File.Exists(AssemblyPath(p)))];

    public static DependencyGraph ProjectFiles => LazyProjectFiles.Value;

    public static DependencyGraph AssemblyReferences => LazyAssemblies.Value;

    public static DependencyGraph TypeDependencies => LazyTypes.Value;

    /// <summary>Whether an assembly belongs to the shared framework Microsoft.NETCore.App this test runs on (the base class library).</summary>
    public static bool IsBaseClassLibrary(string assemblyName) =>
        File.Exists(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), assemblyName + ".dll"));
}
