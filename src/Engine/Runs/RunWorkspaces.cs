using System.Diagnostics;

namespace EventAgents.Engine.Runs;

/// <summary>
/// A folder per run under a root, holding a git repository (a worktree of the project's repository when one is
/// known, else a fresh repository) on the run's branch <c>eventagents/run-&lt;id&gt;</c>.
/// </summary>
public sealed class RunWorkspaces(string root, Func<string, CancellationToken, Task<string?>> repositoryOf) : IWorkspaces
{
    private readonly SemaphoreSlim _creating = new(1, 1);

    public async Task<string> ForRunAsync(string runId, string projectId, CancellationToken ct)
    {
        var folder = Path.Combine(root, "runs", runId);
        if (Directory.Exists(Path.Combine(folder, ".git")) || File.Exists(Path.Combine(folder, ".git")))
        {
            return folder;
        }

        await _creating.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (Directory.Exists(folder))
            {
                return folder;
            }

            var branch = $"eventagents/run-{runId}";
            if (await repositoryOf(projectId, ct).ConfigureAwait(false) is { } repository)
            {
                await GitAsync(repository, ct, "worktree", "add", "-B", branch, folder).ConfigureAwait(false);
            }
            else
            {
                Directory.CreateDirectory(folder);
                await GitAsync(folder, ct, "init", "-q", "-b", branch).ConfigureAwait(false);
            }

            return folder;
        }
        finally
        {
            _creating.Release();
        }
    }

    public string AgentHome(string runId, string stepId)
    {
        var home = Path.Combine(root, "homes", runId, stepId);
        Directory.CreateDirectory(home);
        return home;
    }

    private static async Task GitAsync(string directory, CancellationToken ct, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var git = Process.Start(start) ?? throw new InvalidOperationException("git could not be started.");
        var error = git.StandardError.ReadToEndAsync(ct);
        await git.StandardOutput.ReadToEndAsync(ct).ConfigureAwait(false);
        await git.WaitForExitAsync(ct).ConfigureAwait(false);
        if (git.ExitCode != 0)
        {
            throw new InvalidOperationException($"git {string.Join(' ', arguments)} failed: {await error.ConfigureAwait(false)}");
        }
    }
}
