using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace EventAgents.Platform.GraphQL.Tests.Oracle;

/// <summary>Runs graphql-js (npm "graphql", pinned in oracle/package.json) through node, installing it once when node_modules is missing.</summary>
public static class GraphQLJs
{
    private static readonly SemaphoreSlim InstallLock = new(1, 1);
    private static bool _installed;

    /// <summary>The oracle folder beside the test sources.</summary>
    public static string OracleDirectory { get; } = FindOracleDirectory();

    /// <summary>Sends one request to oracle.js and returns its JSON answer.</summary>
    public static async Task<JsonNode?> RunAsync(object request)
    {
        await EnsureInstalledAsync();
        var json = JsonSerializer.Serialize(request);
        var (exit, stdout, stderr) = await RunProcessAsync("node", "oracle.js", json);
        if (exit != 0)
        {
            throw new InvalidOperationException("node oracle.js failed: " + stderr);
        }

        return JsonNode.Parse(stdout);
    }

    private static async Task EnsureInstalledAsync()
    {
        if (_installed)
        {
            return;
        }

        await InstallLock.WaitAsync();
        try
        {
            if (!Directory.Exists(Path.Combine(OracleDirectory, "node_modules", "graphql")))
            {
                var (exit, _, stderr) = await RunProcessAsync("npm", "ci --no-audit --no-fund", null);
                if (exit != 0)
                {
                    throw new InvalidOperationException("npm ci failed: " + stderr);
                }
            }

            _installed = true;
        }
        finally
        {
            InstallLock.Release();
        }
    }

    private static async Task<(int Exit, string Stdout, string Stderr)> RunProcessAsync(string file, string arguments, string? stdin)
    {
        var info = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = OracleDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(info) ?? throw new InvalidOperationException("cannot start " + file);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            await process.StandardInput.WriteAsync(stdin);
        }

        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }

    private static string FindOracleDirectory()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null)
        {
            var candidate = Path.Combine(directory.FullName, "oracle", "oracle.js");
            if (File.Exists(candidate))
            {
                return Path.GetDirectoryName(candidate)!;
            }

            var nested = Path.Combine(directory.FullName, "tests", "Platform.GraphQL.Tests", "oracle", "oracle.js");
            if (File.Exists(nested))
            {
                return Path.GetDirectoryName(nested)!;
            }

            directory = directory.Parent;
        }

        throw new InvalidOperationException("oracle/oracle.js not found above " + AppContext.BaseDirectory);
    }
}
