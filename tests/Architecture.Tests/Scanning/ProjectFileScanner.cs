using System.Xml.Linq;
using EventAgents.Architecture.Tests.Model;
using EventAgents.Architecture.Tests.Product;

namespace EventAgents.Architecture.Tests.Scanning;

/// <summary>The references the project files declare: ProjectReference, PackageReference and FrameworkReference items.</summary>
public static class ProjectFileScanner
{
    public static IEnumerable<Dependency> Scan(IReadOnlyList<ProductProject> projects) =>
        projects.SelectMany(project => Scan(project, projects));

    public static IEnumerable<Dependency> Scan(ProductProject project, IReadOnlyList<ProductProject> projects)
    {
        ArgumentNullException.ThrowIfNull(project);
        var file = Path.GetFileName(project.ProjectFile);
        var folder = Path.GetDirectoryName(project.ProjectFile)!;
        foreach (var item in XDocument.Load(project.ProjectFile).Descendants().Where(e => e.Parent?.Name.LocalName == "ItemGroup"))
        {
            var include = item.Attribute("Include")?.Value;
            if (include is null)
            {
                continue;
            }

            var evidence = $"{file}: <{item.Name.LocalName} Include=\"{include}\">";
            switch (item.Name.LocalName)
            {
                case "ProjectReference":
                    var referenced = Path.GetFullPath(Path.Combine(folder, include.Replace('\\', '/')));
                    var target = projects.FirstOrDefault(p => p.ProjectFile == referenced)?.Name
                        ?? $"{Path.GetFileNameWithoutExtension(referenced)} (no project under src/)";
                    yield return new Dependency(project.Name, target, DependencyKind.Project, evidence);
                    break;
                case "PackageReference" or "FrameworkReference":
                    yield return new Dependency(project.Name, include, DependencyKind.Package, evidence);
                    break;
            }
        }
    }
}
