namespace EventAgents.AgentHost.Tools;

/// <summary>
/// <c>run_command(command, timeout_seconds?)</c>: runs a shell command in the workspace (its working directory)
/// with a timeout and an output cap, without the agent's secret variables.
/// </summary>
public sealed class RunCommandTool(
    Workspace workspace, TimeSpan maxTimeout, int outputCapBytes, TimeProvider time, IReadOnlyList<string>? hiddenVariables = null)
{
    /// <summary>The tool's name.</summary>
    public const string Name = "run_command";

    private const string Schema = """
        {"type":"object","properties":{"command":{"type":"string","description":"A shell command, run with /bin/sh -c in the workspace."},"timeout_seconds":{"type":"integer","description":"Kill the command after this many seconds."}},"required":["command"]}
        """;

    /// <summary>The function offered to the model.</summary>
    public ToolFunction Function => new(Name, "Runs a shell command in the workspace and returns its exit code and output.", Schema, RunAsync);

    /// <summary>Runs the <c>command</c> argument.</summary>
    public async Task<string> RunAsync(ToolArguments arguments, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var command = arguments.String("command");
        var timeout = arguments.OptionalInt("timeout_seconds") switch
        {
            null => maxTimeout,
            < 1 => throw new ToolRefusedException("The argument 'timeout_seconds' must be at least 1."),
            { } seconds => TimeSpan.FromSeconds(Math.Min(seconds, maxTimeout.TotalSeconds)),
        };

        var result = await ShellCommand.RunAsync(command, workspace.Root, timeout, outputCapBytes, time, ct, hiddenVariables).ConfigureAwait(false);
        return result.Describe(timeout);
    }
}
