using System.Diagnostics;
using System.Globalization;

namespace EventAgents.Bench.GraphQL;

/// <summary>The graphql-js side: installs node/ with <c>npm ci</c> when needed, runs its HTTP server and its timing loop.</summary>
internal static class NodeSide
{
    public static string Directory { get; } = FindDirectory();

    public static async Task EnsureInstalledAsync(CancellationToken cancellationToken)
    {
        if (System.IO.Directory.Exists(Path.Combine(Directory, "node_modules", "graphql")))
        {
            return;
        }

        using var npm = Start("npm", "ci", "--no-audit", "--no-fund");
        await npm.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        if (npm.ExitCode != 0)
        {
            throw new InvalidOperationException("npm ci failed: " + await npm.StandardError.ReadToEndAsync(cancellationToken).ConfigureAwait(false));
        }
    }

    /// <summary>Starts node/server.mjs; the caller kills it. Returns the process and its URL.</summary>
    public static async Task<(Process Process, Uri Address)> StartServerAsync(CancellationToken cancellationToken)
    {
        var process = Start("node", "server.mjs");
        var port = await process.StandardOutput.ReadLineAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("node server.mjs printed no port: " + await process.StandardError.ReadToEndAsync(cancellationToken).ConfigureAwait(false));
        return (process, new Uri($"http://127.0.0.1:{port.Trim()}/graphql"));
    }

    /// <summary>Runs node/micro.mjs and reads the microseconds per execution it prints.</summary>
    public static async Task<double> MicrosecondsPerExecutionAsync(string query, double seconds, CancellationToken cancellationToken)
    {
        using var process = Start("node", "micro.mjs", query, seconds.ToString(CultureInfo.InvariantCulture));
        var output = await process.StandardOutput.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
        return process.ExitCode == 0
            ? double.Parse(output.Trim(), CultureInfo.InvariantCulture)
            : throw new InvalidOperationException("node micro.mjs failed: " + await process.StandardError.ReadToEndAsync(cancellationToken).ConfigureAwait(false));
    }

    private static Process Start(string file, params string[] arguments)
    {
        var info = new ProcessStartInfo(file) { WorkingDirectory = Directory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        return Process.Start(info) ?? throw new InvalidOperationException("cannot start " + file);
    }

    private static string FindDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "bench", "GraphQL", "node");
            if (File.Exists(Path.Combine(candidate, "server.mjs")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("bench/GraphQL/node not found above " + AppContext.BaseDirectory);
    }
}
