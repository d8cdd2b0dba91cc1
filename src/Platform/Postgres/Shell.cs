using System.Diagnostics;
using System.Text;

namespace EventAgents.Platform.Postgres;

/// <summary>Runs a program to completion and fails with its output when it exits non-zero.</summary>
internal static class Shell
{
    public static async Task<string> RunAsync(
        string program,
        IReadOnlyList<string> arguments,
        CancellationToken ct,
        IReadOnlyDictionary<string, string>? environment = null,
        string? runAsUser = null)
    {
        var (file, args) = runAsUser is null
            ? (program, arguments)
            : ("runuser", (IReadOnlyList<string>)["-u", runAsUser, "--", program, .. arguments]);

        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var output = new StringBuilder();
        var stdout = PumpAsync(process.StandardOutput, output);
        var stderr = PumpAsync(process.StandardError, output);
        await process.WaitForExitAsync(ct).ConfigureAwait(false);
        await Task.WhenAll(stdout, stderr).ConfigureAwait(false);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"'{program} {string.Join(' ', arguments)}' exited with {process.ExitCode}: {output}");
        }

        return output.ToString();
    }

    private static async Task PumpAsync(StreamReader reader, StringBuilder sink)
    {
        var text = await reader.ReadToEndAsync().ConfigureAwait(false);
        lock (sink)
        {
            sink.Append(text);
        }
    }
}
