using EventAgents.Application.Steps.Running;

namespace EventAgents.Engine.Runners.Sandboxing;

/// <summary>
/// What a step's sandbox sees of this host besides the read-only system folders, each at its own path: the folders it
/// may write (the workspace, the agent's home, a worktree's repository), the files it may only read (the agent
/// program, the .NET runtime, the providers' file), and its private run folder (its configuration and the relay's
/// socket), mounted at <see cref="RunDirectoryInside"/>. Nothing else: not the server's home, keys or database.
/// </summary>
/// <param name="WorkingDirectory">Where the step starts.</param>
/// <param name="Writable">Folders the step may change.</param>
/// <param name="ReadOnly">Files and folders the step may read.</param>
/// <param name="RunDirectory">The attempt's private folder on this host.</param>
public sealed record SandboxLayout(string WorkingDirectory, IReadOnlyList<string> Writable, IReadOnlyList<string> ReadOnly, string RunDirectory)
{
    /// <summary>Whether the sandbox gets a network of its own (<see cref="SandboxNetwork"/>) besides its loopback.</summary>
    public bool Network { get; init; }

    /// <summary>Where the private run folder is inside the sandbox.</summary>
    public const string RunDirectoryInside = "/run/eventagents";

    /// <summary>The folders a step may change, in either runner: its workspace, its agent's home and a worktree's repository.</summary>
    public static IReadOnlyList<string> WritableFolders(StepLaunch launch)
    {
        ArgumentNullException.ThrowIfNull(launch);
        return GitWorktrees.CommonDirectoryOf(launch.WorkspacePath) is { } repository
            ? [launch.WorkspacePath, launch.AgentHomePath, repository]
            : [launch.WorkspacePath, launch.AgentHomePath];
    }

    /// <summary>The path inside the sandbox of a file of the run folder.</summary>
    public static string Inside(string fileName) => RunDirectoryInside + "/" + fileName;
}
