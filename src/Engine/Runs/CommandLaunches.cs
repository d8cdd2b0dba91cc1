using System.Text.Json;
using EventAgents.Application.Steps.Running;
using EventAgents.Domain.Pipelines;
using EventAgents.Domain.Runs;

namespace EventAgents.Engine.Runs;

/// <summary>
/// Builds the launch of a command step for the agent program's command mode: the rendered command and its working
/// directory as the configuration, and a token scoped to the attempt, so the same runner (and sandbox) as an agent's
/// runs it and it reports through the same API. Like an agent's, it gets no timeout of its own: the engine's deadline
/// for the attempt times it out and stops it.
/// </summary>
internal static class CommandLaunches
{
    /// <summary>Why the step cannot run in <paramref name="workspace"/>: its working directory is outside it; null when it can.</summary>
    public static string? Problem(CommandStep step, string workspace)
    {
        if (step.WorkingDirectory is null)
        {
            return null;
        }

        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(workspace));
        var directory = Path.TrimEndingDirectorySeparator(Path.GetFullPath(Path.Combine(root, step.WorkingDirectory)));
        return directory == root || directory.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? null
            : $"Working directory '{step.WorkingDirectory}' is outside the workspace.";
    }

    public static StepLaunch Create(Run run, CommandStep step, int attempt, string workspace, string home, AgentLaunchSettings settings)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(settings);
        var configuration = JsonSerializer.Serialize(new Dictionary<string, string?>
        {
            ["command"] = PromptTemplate.Render(step.Run, run.TemplateScope(step.Id)),
            ["working_directory"] = step.WorkingDirectory,
        });
        return settings.Launch(run.Id, step, attempt, workspace, home, new Dictionary<string, string>(), configuration);
    }
}
