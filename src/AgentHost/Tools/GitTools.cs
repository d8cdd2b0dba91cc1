using System.Diagnostics;

namespace EventAgents.AgentHost.Tools;

/// <summary>
/// <c>git_status</c>, <c>git_diff</c> (read-only), <c>git_commit(message)</c> and <c>git_push</c> in the workspace's
/// repository, through the git CLI with arguments passed as they are (no shell) and without the agent's secret variables.
/// </summary>
public sealed class GitTools(Workspace workspace, TimeSpan timeout, int outputCapBytes, TimeProvider time, IReadOnlyList<string>? hiddenVariables = null)
{
    private const string NoArguments = """{"type":"object","properties":{}}""";

    private const string DiffSchema = """
        {"type":"object","properties":{"staged":{"type":"boolean","description":"Show what is staged instead of what is not."},"path":{"type":"string","description":"Only this file or directory."}}}
        """;

    private const string CommitSchema = """
        {"type":"object","properties":{"message":{"type":"string","description":"The commit message."}},"required":["message"]}
        """;

    private const string PushSchema = """
        {"type":"object","properties":{"branch":{"type":"string","description":"The branch to push; the current one when omitted."}}}
        """;

    /// <summary>The functions offered to the model.</summary>
    public IEnumerable<ToolFunction> Functions =>
    [
        new("git_status", "Shows the working tree status of the workspace's git repository.", NoArguments, StatusAsync, readOnly: true),
        new("git_diff", "Shows the changes of the workspace's git repository.", DiffSchema, DiffAsync, readOnly: true),
        new("git_commit", "Stages every change of the workspace and commits it.", CommitSchema, CommitAsync),
        new("git_push", "Pushes the current branch to the project's remote (origin).", PushSchema, PushAsync),
    ];

    /// <summary><c>git status --short --branch</c>.</summary>
    public Task<string> StatusAsync(ToolArguments arguments, CancellationToken ct) => GitAsync(ct, "status", "--short", "--branch");

    /// <summary><c>git diff [--staged] [-- path]</c>.</summary>
    public Task<string> DiffAsync(ToolArguments arguments, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var command = new List<string> { "diff" };
        if (arguments.OptionalBool("staged") == true)
        {
            command.Add("--staged");
        }

        if (arguments.OptionalString("path") is { Length: > 0 } path)
        {
            command.Add("--");
            command.Add(workspace.Resolve(path));
        }

        return GitAsync(ct, [.. command]);
    }

    /// <summary><c>git add -A</c> then <c>git commit -m message</c>.</summary>
    public async Task<string> CommitAsync(ToolArguments arguments, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var message = arguments.String("message");
        if (string.IsNullOrWhiteSpace(message))
        {
            throw new ToolRefusedException("The argument 'message' must not be empty.");
        }

        var added = await GitAsync(ct, "add", "-A").ConfigureAwait(false);
        if (!added.StartsWith("Exit code 0.", StringComparison.Ordinal))
        {
            return added;
        }

        var identity = await RunAsync(ct, "config", "user.email").ConfigureAwait(false);
        return identity.ExitCode == 0
            ? await GitAsync(ct, "commit", "-m", message).ConfigureAwait(false)
            : await GitAsync(ct, "-c", "user.name=EventAgents agent", "-c", "user.email=agent@eventagents.invalid", "commit", "-m", message).ConfigureAwait(false);
    }

    /// <summary><c>git push origin branch</c>.</summary>
    public Task<string> PushAsync(ToolArguments arguments, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var branch = arguments.OptionalString("branch") is { Length: > 0 } name ? name : "HEAD";
        if (branch.StartsWith('-') || branch.Contains(':', StringComparison.Ordinal))
        {
            throw new ToolRefusedException("The argument 'branch' must name a branch.");
        }

        return GitAsync(ct, "push", "origin", branch);
    }

    private async Task<string> GitAsync(CancellationToken ct, params string[] arguments) =>
        (await RunAsync(ct, arguments).ConfigureAwait(false)).Describe(timeout);

    private Task<CommandResult> RunAsync(CancellationToken ct, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = workspace.Root };
        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return ShellCommand.RunAsync(start, timeout, outputCapBytes, time, ct, hiddenVariables);
    }
}
