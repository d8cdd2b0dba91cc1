using System.Text.Json;

namespace EventAgents.Engine.Runners.Sandboxing;

/// <summary>
/// The files a sandbox needs to run <c>eventagents-agent.dll</c>: the program, its <c>.deps.json</c> and
/// <c>.runtimeconfig.json</c>, and the assemblies its dependency file lists, and not the rest of the folder (the
/// server's own assemblies and its <c>appsettings.json</c> live beside it).
/// </summary>
public static class AgentProgramFiles
{
    /// <summary>The agent program's files, by their full paths.</summary>
    public static IReadOnlyList<string> Of(string agentAssembly)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(agentAssembly)) ?? throw new ArgumentException($"'{agentAssembly}' has no folder.", nameof(agentAssembly));
        var name = Path.GetFileNameWithoutExtension(agentAssembly);
        var dependencies = Path.Combine(folder, name + ".deps.json");
        var files = new List<string> { Path.GetFullPath(agentAssembly), dependencies, Path.Combine(folder, name + ".runtimeconfig.json") };
        using (var document = JsonDocument.Parse(File.ReadAllBytes(dependencies)))
        {
            foreach (var target in document.RootElement.GetProperty("targets").EnumerateObject())
            {
                foreach (var library in target.Value.EnumerateObject())
                {
                    files.AddRange(Assets(library.Value, "runtime", folder, flattened: true));
                    files.AddRange(Assets(library.Value, "native", folder, flattened: true));
                    files.AddRange(Assets(library.Value, "runtimeTargets", folder, flattened: false));
                }
            }
        }

        return [.. files.Distinct(StringComparer.Ordinal).Where(File.Exists)];
    }

    /// <summary>The folder of the .NET runtime that runs the agent, when it is outside the system folders (mounted anyway).</summary>
    public static string? RuntimeFolder(string dotnet)
    {
        var root = Environment.GetEnvironmentVariable("DOTNET_ROOT") is { Length: > 0 } configured ? configured
            : Path.IsPathRooted(dotnet) ? Path.GetDirectoryName(ResolveLinks(dotnet))
            : null;
        return root is null || root.StartsWith("/usr/", StringComparison.Ordinal) ? null : root;
    }

    private static string ResolveLinks(string path) =>
        new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path;

    // A build output holds package assets flat under their file names; assets for a runtime keep their relative path.
    private static IEnumerable<string> Assets(JsonElement library, string kind, string folder, bool flattened) =>
        library.TryGetProperty(kind, out var assets)
            ? assets.EnumerateObject().Select(asset => Path.Combine(folder, flattened ? Path.GetFileName(asset.Name) : asset.Name))
            : [];
}
