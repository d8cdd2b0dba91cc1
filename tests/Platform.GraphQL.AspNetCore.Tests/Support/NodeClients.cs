using System.Diagnostics;
using System.Text.Json;

namespace EventAgents.Platform.GraphQL.AspNetCore.Tests.Support;

/// <summary>Runs the reference clients (npm graphql-ws and graphql-sse, pinned in node/package.json) with node,
/// installing them with <c>npm ci</c> once when node_modules is missing.</summary>
public static class NodeClients
{
    private static readonly SemaphoreSlim InstallLock = new(1, 1);
    private static bool _installed;

    public static string Directory { get; } = FindDirectory();

    /// <summary>Runs a script and parses the JSON it prints.</summary>
    public static async Task<JsonElement> RunAsync(string script, params string[] arguments)
    {
        await EnsureInstalledAsync();
        var (exit, stdout, stderr) = await RunProcessAsync("node", [script, .. arguments]);
        Assert.True(exit == 0, $"node {script} exited with {exit}: {stderr}");
        return JsonDocument.Parse(stdout).RootElement;
    }

    private static async Task EnsureInstalledAsync()
    {
        await InstallLock.WaitAsync();
        try
        {
            if (!_installed && !System.IO.Directory.Exists(Path.Combine(Directory, "node_modules", "graphql-ws")))
            {
                var (exit, _, stderr) = await RunProcessAsync("npm", ["ci", "--no-audit", "--no-fund"]);
                Assert.True(exit == 0, "npm ci failed: " + stderr);
            }

            _installed = true;
        }
        finally
        {
            InstallLock.Release();
        }
    }

    private static async Task<(int Exit, string Stdout, string Stderr)> RunProcessAsync(string file, IEnumerable<string> arguments)
    {
        var info = new ProcessStartInfo(file)
        {
            WorkingDirectory = Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("cannot start " + file);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await stdout, await stderr);
    }

    private static string FindDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "Platform.GraphQL.AspNetCore.Tests", "node");
            if (File.Exists(Path.Combine(candidate, "package.json")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("tests/Platform.GraphQL.AspNetCore.Tests/node not found above " + AppContext.BaseDirectory);
    }
}
