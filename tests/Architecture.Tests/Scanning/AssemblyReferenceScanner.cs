using System.Reflection;
using EventAgents.Architecture.Tests.Model;
using EventAgents.Architecture.Tests.Product;

namespace EventAgents.Architecture.Tests.Scanning;

/// <summary>The assemblies each built assembly references (<see cref="Assembly.GetReferencedAssemblies"/>).</summary>
public static class AssemblyReferenceScanner
{
    public static IEnumerable<Dependency> Scan(IReadOnlyList<ProductProject> projects, IReadOnlyList<ProductProject> built) =>
        built.SelectMany(project => Scan(project.Name, Assembly.LoadFrom(ProductArchitecture.AssemblyPath(project)), projects));

    /// <summary>The references of <paramref name="assembly"/>, taken as the assembly of project <paramref name="projectName"/>.</summary>
    public static IEnumerable<Dependency> Scan(string projectName, Assembly assembly, IReadOnlyList<ProductProject> projects)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var file = Path.GetFileName(assembly.Location);
        foreach (var reference in assembly.GetReferencedAssemblies())
        {
            var name = reference.Name!;
            var evidence = $"{file} references assembly {reference.FullName}";
            yield return ProjectNames.ForAssembly(name, projects) is { } project
                ? new Dependency(projectName, project, DependencyKind.Project, evidence)
                : new Dependency(projectName, name, DependencyKind.Assembly, evidence);
        }
    }
}
