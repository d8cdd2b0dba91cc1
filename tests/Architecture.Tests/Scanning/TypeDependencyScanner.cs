using EventAgents.Architecture.Tests.Model;
using EventAgents.Architecture.Tests.Product;
using Mono.Cecil;

namespace EventAgents.Architecture.Tests.Scanning;

/// <summary>
/// The namespaces the types of each built assembly use: a type of ours counts as its project (by root namespace), any
/// other as its namespace. A compiler-generated type (a lambda's closure, an async state machine) counts as the type it
/// was made for.
/// </summary>
public static class TypeDependencyScanner
{
    public static IEnumerable<Dependency> Scan(IReadOnlyList<ProductProject> projects, IReadOnlyList<ProductProject> built) =>
        built.SelectMany(project => Scan(project.Name, ProductArchitecture.AssemblyPath(project), projects));

    /// <summary>What the types of the assembly at <paramref name="assemblyPath"/> use, taken as project <paramref name="projectName"/>.</summary>
    public static IReadOnlyList<Dependency> Scan(string projectName, string assemblyPath, IReadOnlyList<ProductProject> projects)
    {
        using var module = ModuleDefinition.ReadModule(assemblyPath);
        var found = new HashSet<Dependency>();
        foreach (var type in AllTypes(module.Types))
        {
            var user = Outermost(type).FullName;
            foreach (var used in TypeReferences.Of(type).Where(t => t.Scope is AssemblyNameReference))
            {
                var ns = Outermost(used).Namespace;
                var evidence = $"type {user} uses {used.FullName} (assembly {used.Scope.Name})";
                found.Add(ProjectNames.ForNamespace(ns, projects) is { } project
                    ? new Dependency(projectName, project, DependencyKind.Project, evidence)
                    : new Dependency(projectName, ns.Length == 0 ? "(global namespace)" : ns, DependencyKind.Namespace, evidence));
            }
        }

        return [.. found];
    }

    /// <summary>The types of the assembly at <paramref name="assemblyPath"/> that are declared outside <paramref name="rootNamespace"/>, generated code and the program's entry point aside.</summary>
    public static IReadOnlyList<string> DeclaredOutside(string rootNamespace, string assemblyPath)
    {
        using var module = ModuleDefinition.ReadModule(assemblyPath);
        return [.. module.Types
            .Where(t => t.Namespace != rootNamespace && !t.Namespace.StartsWith(rootNamespace + ".", StringComparison.Ordinal))
            .Where(t => !IsGenerated(t) && t != module.EntryPoint?.DeclaringType) // top-level statements' Program
            .Select(t => t.FullName)
            .Order(StringComparer.Ordinal)];
    }

    private static bool IsGenerated(TypeDefinition type) =>
        type.Name == "<Module>" || type.Name.StartsWith('<') ||
        type.CustomAttributes.Any(a => a.AttributeType.FullName is
            "System.Runtime.CompilerServices.CompilerGeneratedAttribute" or
            "System.CodeDom.Compiler.GeneratedCodeAttribute" or
            "Microsoft.CodeAnalysis.EmbeddedAttribute");

    private static IEnumerable<TypeDefinition> AllTypes(IEnumerable<TypeDefinition> types) =>
        types.SelectMany(t => AllTypes(t.NestedTypes).Prepend(t));

    private static TypeReference Outermost(TypeReference type) => type.DeclaringType is { } outer ? Outermost(outer) : type;
}
