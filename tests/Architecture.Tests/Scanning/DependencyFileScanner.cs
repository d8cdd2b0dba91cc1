using System.Text.Json;
using EventAgents.Architecture.Tests.Model;
using EventAgents.Architecture.Tests.Product;

namespace EventAgents.Architecture.Tests.Scanning;

/// <summary>
/// The libraries a program's <c>.deps.json</c> lists: everything it loads, packages of packages included, so each is a
/// dependency of the program's own project (the file does not say through which project it came).
/// </summary>
public static class DependencyFileScanner
{
    public static IEnumerable<Dependency> Scan(string projectName, string fileName, string json, IReadOnlyList<ProductProject> projects)
    {
        using var document = JsonDocument.Parse(json);
        var found = new List<Dependency>();
        foreach (var library in document.RootElement.GetProperty("libraries").EnumerateObject())
        {
            var name = library.Name.Split('/')[0];
            var type = library.Value.TryGetProperty("type", out var t) ? t.GetString() : null;
            var evidence = $"{fileName} lists {type} {library.Name}";
            var project = type == "project" ? ProjectNames.ForAssembly(name, projects) : null;
            if (project == projectName)
            {
                continue;
            }

            found.Add(type switch
            {
                "project" => new Dependency(projectName, project ?? $"{name} (no project under src/)", DependencyKind.Project, evidence),
                "package" => new Dependency(projectName, name, DependencyKind.Package, evidence),
                _ => new Dependency(projectName, name, DependencyKind.Assembly, evidence),
            });
        }

        return found;
    }
}
