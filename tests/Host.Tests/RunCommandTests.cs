using System.Diagnostics;
using EventAgents.Testing;

namespace EventAgents.Host.Tests;

/// <summary><c>eventagents run</c> from the command line: the sample pipeline in a worktree of a repository.</summary>
public sealed class RunCommandTests
{
    [Fact]
    public async Task Run_with_a_repository_completes_the_sample_on_a_run_branch_of_that_repository()
    {
        var home = Path.Combine(Path.GetTempPath(), "eventagents-run-" + Guid.NewGuid().ToString("N")[..8]);
        using var repository = await GitRepository.CreateAsync("trunk", "my.repo");
        var pipeline = SamplePipelinePath();
        try
        {
            var (exitCode, output) = await RunAsync(new Dictionary<string, string>
            {
                ["ConnectionStrings__EventStore"] = await PostgresServer.CreateDatabaseAsync("runcli"),
                ["EVENTAGENTS_HOME"] = home,
            }, "run", pipeline, "--repo", repository.Path, "-i", "goal=print hello");

            Assert.True(exitCode == 0, output);
            var branch = Assert.Single((await repository.GitAsync("branch", "--list", "eventagents/run-*", "--format=%(refname:short)")).Split('\n'));
            Assert.Equal("repo-my-repo", ProjectOf(output));
            Assert.Equal("first", await repository.GitAsync("show", "-s", "--format=%s", "trunk"));
            var worktree = WorktreeOf(await repository.GitAsync("worktree", "list", "--porcelain"), branch);
            Assert.Contains("Write hello.sh", await File.ReadAllTextAsync(Path.Combine(worktree, "PLAN.md")), StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(worktree, "hello.sh")));
        }
        finally
        {
            Directory.Delete(home, recursive: true);
        }
    }

    private static string SamplePipelinePath()
    {
        var folder = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(folder, "EventAgents.sln")))
        {
            folder = Path.GetDirectoryName(folder) ?? throw new InvalidOperationException("The repository root was not found.");
        }

        return Path.Combine(folder, "samples", "hello", "pipeline.yaml");
    }

    private static string ProjectOf(string output) =>
        output.Split('\n').Select(line => line.Trim()).First(line => line.StartsWith("Project ", StringComparison.Ordinal)).Split(' ')[1];

    private static string WorktreeOf(string porcelain, string branch)
    {
        var blocks = porcelain.Split("\n\n", StringSplitOptions.RemoveEmptyEntries);
        var block = Assert.Single(blocks, b => b.Contains($"branch refs/heads/{branch}", StringComparison.Ordinal));
        return block.Split('\n')[0]["worktree ".Length..];
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "eventagents.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }
}
