namespace EventAgents.Engine.Workspaces.GitWorkspaces;

/// <summary>Branch names and directory names of the worktrees of runs and board tasks.</summary>
public static class WorkspaceNames
{
    private const int MaxIdLength = 100;

    /// <summary>The branch of a run: <c>eventagents/run-&lt;id&gt;</c>.</summary>
    public static string RunBranch(string runId) => $"eventagents/run-{SafeId(runId, nameof(runId))}";

    /// <summary>The feature branch of a board task: <c>eventagents/task-&lt;id&gt;</c>.</summary>
    public static string TaskBranch(string taskId) => $"eventagents/task-{SafeId(taskId, nameof(taskId))}";

    /// <summary>
    /// The id itself when it can name a directory and a branch (letters, digits, '-', '_', '.', not starting with
    /// '.' or '-', no '..'); otherwise an <see cref="ArgumentException"/>.
    /// </summary>
    public static string SafeId(string id, string parameter)
    {
        var safe = !string.IsNullOrEmpty(id) && id.Length <= MaxIdLength
            && id[0] is not ('.' or '-') && !id.Contains("..", StringComparison.Ordinal)
            && !id.EndsWith(".lock", StringComparison.Ordinal)
            && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
        return safe ? id : throw new ArgumentException($"'{id}' cannot name a workspace.", parameter);
    }
}
