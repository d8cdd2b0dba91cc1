using System.Xml.Linq;

namespace EventAgents.Architecture.Tests.Product;

/// <summary>A project under src/: its name in docs/ARCHITECTURE.md (its folder under src/, with dots), its assembly and its root namespace.</summary>
public sealed record ProductProject(string Name, string AssemblyName, string RootNamespace, string ProjectFile)
{
    /// <summary>Every project under <c>src/</c> of the repository.</summary>
    public static IReadOnlyList<ProductProject> Discover(string repositoryRoot)
    {
        var src = Path.Combine(repositoryRoot, "src");
        return [.. Directory.EnumerateFiles(src, "*.csproj", SearchOption.AllDirectories)
            .Where(file => !file.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Select(file => FromFile(src, file))
            .OrderBy(p => p.Name, StringComparer.Ordinal)];
    }

    public static ProductProject FromFile(string src, string projectFile)
    {
        var properties = XDocument.Load(projectFile).Descendants("PropertyGroup").Elements().ToList();
        var fileName = Path.GetFileNameWithoutExtension(projectFile);
        string Property(string name) => properties.LastOrDefault(e => e.Name.LocalName == name)?.Value.Trim() is { Length: > 0 } value ? value : fileName;
        var folder = Path.GetRelativePath(src, Path.GetDirectoryName(projectFile)!);
        return new ProductProject(folder.Replace(Path.DirectorySeparatorChar, '.'), Property("AssemblyName"), Property("RootNamespace"), Path.GetFullPath(projectFile));
    }
}
