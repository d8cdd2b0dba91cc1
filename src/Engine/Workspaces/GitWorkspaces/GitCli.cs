using System.Diagnostics;

namespace EventAgents.Engine.Workspaces.GitWorkspaces;

/// <summary>Runs the <c>git</c> command line, never prompting for credentials.</summary>
public sealed class GitCli(string gitPath = "git")
{
    /// <summary>Runs git in <paramref name="directory"/> and returns its exit code and output.</summary>
    public async Task<GitResult> RunAsync(string directory, IReadOnlyList<string> arguments, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        var start = new ProcessStartInfo(gitPath)
        {
            WorkingDirectory = directory,
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["GIT_TERMINAL_PROMPT"] = "0";
        using var process = Process.Start(start) ?? throw new GitCommandException("git did not start.");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync(ct);
        var error = process.StandardError.ReadToEndAsync(ct);
        try
        {
            await process.WaitForExitAsync(ct).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return new GitResult(process.ExitCode, (await output.ConfigureAwait(false)).Trim(), (await error.ConfigureAwait(false)).Trim());
    }

    /// <summary>Runs git and returns its standard output, or throws <see cref="GitCommandException"/> when it fails.</summary>
    public async Task<string> RequireAsync(string directory, IReadOnlyList<string> arguments, CancellationToken ct)
    {
        var result = await RunAsync(directory, arguments, ct).ConfigureAwait(false);
        return result.ExitCode == 0
            ? result.Output
            : throw new GitCommandException($"git {string.Join(' ', arguments)} failed with exit code {result.ExitCode}: {result.Error}");
    }
}

/// <summary>How a git command ended.</summary>
/// <param name="ExitCode">Its exit code.</param>
/// <param name="Output">Its standard output, trimmed.</param>
/// <param name="Error">Its standard error, trimmed.</param>
public sealed record GitResult(int ExitCode, string Output, string Error);
