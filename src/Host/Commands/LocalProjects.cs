using System.Text.RegularExpressions;
using EventAgents.Application.Common.Commanding;
using EventAgents.Application.Projects.Commanding;
using EventAgents.Domain.Projects;
using EventAgents.Engine.Workspaces.GitWorkspaces;
using EventAgents.Platform.EventStore;

namespace EventAgents.Host.Commands;

/// <summary>Registers a local git repository as a project (<c>repo-&lt;folder name&gt;</c>) on its current branch.</summary>
public static partial class LocalProjects
{
    public static async Task<(string? ProjectId, string? Repository, string? Error)> RegisterAsync(EventStore store, DirectoryInfo folder, CancellationToken ct)
    {
        var git = new GitCli();
        var top = await git.RunAsync(folder.FullName, ["rev-parse", "--show-toplevel"], ct);
        if (!folder.Exists || top.ExitCode != 0)
        {
            return (null, null, $"'{folder.FullName}' is not a git repository.");
        }

        var branch = await git.RunAsync(top.Output, ["symbolic-ref", "--short", "HEAD"], ct);
        if (branch.ExitCode != 0)
        {
            return (null, null, $"The repository '{top.Output}' has no current branch (detached HEAD); check out the branch runs should start from.");
        }

        var projectId = "repo-" + Unsafe().Replace(Path.GetFileName(top.Output).ToLowerInvariant(), "-").Trim('-');
        var created = await new ProjectCommands(store).HandleAsync(
            new CreateProject(projectId, Path.GetFileName(top.Output), top.Output, branch.Output, DateTimeOffset.UtcNow), new CommandContext(Environment.UserName), ct);
        return created.Error is null
            ? (projectId, top.Output, null)
            : (null, null, $"Project '{projectId}' could not be registered for '{top.Output}': {created.Error.Message}");
    }

    [GeneratedRegex("[^a-z0-9_-]+")]
    private static partial Regex Unsafe();
}
