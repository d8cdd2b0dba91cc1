using System.Diagnostics;

namespace EventAgents.Host.Tests;

/// <summary>The <c>eventagents</c> program of this build, run as a separate process with the environment a test gives it.</summary>
internal static class EventAgentsCommand
{
    /// <summary>Runs it to its end (three minutes at most) with <paramref name="input"/> on standard input; its exit code and output.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(IReadOnlyDictionary<string, string> environment, string? input, params string[] arguments)
    {
        using var process = Process.Start(StartInfo(environment, redirectInput: input is not null, arguments))!;
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
            process.StandardInput.Close();
        }

        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }

    /// <summary>How to start it.</summary>
    public static ProcessStartInfo StartInfo(IReadOnlyDictionary<string, string> environment, bool redirectInput, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = redirectInput };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "eventagents.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        return start;
    }
}
