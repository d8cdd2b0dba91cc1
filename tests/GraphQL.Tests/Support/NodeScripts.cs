using System.Diagnostics;
using System.Text.Json;

namespace EventAgents.GraphQL.Tests.Support;

/// <summary>Runs the scripts in tests/GraphQL.Tests/node with node (graphql-js as oracle, the npm graphql-ws client),
/// installing the pinned packages with <c>npm ci</c> once when node_modules is missing.</summary>
public static class NodeScripts
{
    private static readonly SemaphoreSlim InstallLock = new(1, 1);
    private static bool _installed;

    public static string TestsDirectory { get; } = FindTestsDirectory();

    private static string NodeDirectory => Path.Combine(TestsDirectory, "node");

    /// <summary>Asks graphql-js (node/oracle.mjs) with a JSON request.</summary>
    public static async Task<JsonElement> OracleAsync(object request)
    {
        var (exit, stdout, stderr) = await RunAsync("node", ["oracle.mjs"], JsonSerializer.Serialize(request));
        Assert.True(exit == 0, $"oracle.mjs exited with {exit}: {stderr}");
        return JsonDocument.Parse(stdout).RootElement;
    }

    /// <summary>Runs a script with arguments and parses the JSON it prints.</summary>
    public static async Task<JsonElement> ScriptAsync(string script, params string[] arguments)
    {
        var (exit, stdout, stderr) = await RunAsync("node", [script, .. arguments], null);
        Assert.True(exit == 0, $"node {script} exited with {exit}: {stderr}");
        return JsonDocument.Parse(stdout).RootElement;
    }

    private static async Task<(int Exit, string Stdout, string Stderr)> RunAsync(string file, IEnumerable<string> arguments, string? stdin)
    {
        await EnsureInstalledAsync();
        return await ProcessAsync(file, arguments, stdin);
    }

    private static async Task EnsureInstalledAsync()
    {
        await InstallLock.WaitAsync();
        try
        {
            if (!_installed && !Directory.Exists(Path.Combine(NodeDirectory, "node_modules", "graphql-ws")))
            {
                var (exit, _, stderr) = await ProcessAsync("npm", ["ci", "--no-audit", "--no-fund"], null);
                Assert.True(exit == 0, "npm ci failed: " + stderr);
            }

            _installed = true;
        }
        finally
        {
            InstallLock.Release();
        }
    }

    private static async Task<(int Exit, string Stdout, string Stderr)> ProcessAsync(string file, IEnumerable<string> arguments, string? stdin)
    {
        var info = new ProcessStartInfo(file)
        {
            WorkingDirectory = NodeDirectory,
            RedirectStandardInput = stdin is not null,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("cannot start " + file);
        if (stdin is not null)
        {
            await process.StandardInput.WriteAsync(stdin);
            process.StandardInput.Close();
        }

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
            throw new TimeoutException($"{file} {string.Join(' ', info.ArgumentList)} did not exit within 3 minutes.");
        }

        return (process.ExitCode, await stdout, await stderr);
    }

    private static string FindTestsDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "tests", "GraphQL.Tests");
            if (File.Exists(Path.Combine(candidate, "node", "package.json")))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("tests/GraphQL.Tests/node not found above " + AppContext.BaseDirectory);
    }
}
