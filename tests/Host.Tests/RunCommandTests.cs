using System.Diagnostics;
using EventAgents.Testing;

namespace EventAgents.Host.Tests;

/// <summary><c>eventagents run</c> from the command line: the sample pipeline in a worktree of a repository.</summary>
public sealed class RunCommandTests
{
    private const string Clarify = """
        name: clarify
        steps:
          - id: design
            type: agent
            agent: architect
            prompt: "Design the storage."
            timeout: 2m
            script:
              - tool: ask_human
                args: {question: "Which database should the service use?"}
              - tool: complete_step
                args: {result: pass, output: "designed"}
        """;

    [Fact]
    public async Task Run_with_a_repository_completes_the_sample_on_a_run_branch_of_that_repository()
    {
        var home = Path.Combine(Path.GetTempPath(), "eventagents-run-" + Guid.NewGuid().ToString("N")[..8]);
        using var repository = await GitRepository.CreateAsync("trunk", "my.repo");
        var pipeline = SamplePipelinePath();
        try
        {
            var (exitCode, output) = await EventAgentsCommand.RunAsync(new Dictionary<string, string>
            {
                ["ConnectionStrings__EventStore"] = await PostgresServer.CreateDatabaseAsync("runcli"),
                ["EVENTAGENTS_HOME"] = home,
            }, input: null, "run", pipeline, "--repo", repository.Path, "-i", "goal=print hello");

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

    [Fact]
    public async Task A_question_of_the_runs_agent_is_answered_with_a_line_from_standard_input()
    {
        var home = Path.Combine(Path.GetTempPath(), "eventagents-run-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(home);
        var pipeline = Path.Combine(home, "clarify.yaml");
        await File.WriteAllTextAsync(pipeline, Clarify);
        try
        {
            var (exitCode, output) = await EventAgentsCommand.RunAsync(new Dictionary<string, string>
            {
                ["ConnectionStrings__EventStore"] = await PostgresServer.CreateDatabaseAsync("runask"),
                ["EVENTAGENTS_HOME"] = home,
            }, input: "PostgreSQL 16\n", "run", pipeline);

            Assert.True(exitCode == 0, output);
            Assert.Contains("? asks: Which database should the service use?", output, StringComparison.Ordinal);
            Assert.Contains($"answered by {Environment.UserName}: PostgreSQL 16", output, StringComparison.Ordinal);
            Assert.Contains("run completed", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(home, recursive: true);
        }
    }

    [Fact]
    public async Task A_question_answered_elsewhere_while_the_terminal_waits_for_a_line_lets_the_run_go_on_and_end()
    {
        var home = Path.Combine(Path.GetTempPath(), "eventagents-run-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(home);
        var pipeline = Path.Combine(home, "clarify.yaml");
        await File.WriteAllTextAsync(pipeline, Clarify);
        var connectionString = await PostgresServer.CreateDatabaseAsync("runelsewhere");
        var start = EventAgentsCommand.StartInfo(
            new Dictionary<string, string> { ["ConnectionStrings__EventStore"] = connectionString, ["EVENTAGENTS_HOME"] = home }, redirectInput: true, "run", pipeline);
        var output = new System.Text.StringBuilder();
        string Output()
        {
            lock (output)
            {
                return output.ToString();
            }
        }

        // Standard input stays open and silent, as a terminal nobody types into.
        using var process = Process.Start(start)!;
        process.OutputDataReceived += (_, line) => { lock (output) { output.AppendLine(line.Data); } };
        process.ErrorDataReceived += (_, line) => { lock (output) { output.AppendLine(line.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await Eventually.TrueAsync(() => Task.FromResult(Output().Contains("? asks: Which database", StringComparison.Ordinal)), TimeSpan.FromMinutes(2), "the question is shown");
            var runId = Output().Split('\n').Select(line => line.Trim()).First(line => line.StartsWith("Run ", StringComparison.Ordinal)).Split(' ')[1];
            await using var dataSource = Npgsql.NpgsqlDataSource.Create(connectionString);
            await using var store = new Platform.EventStore.EventStore(dataSource, Application.Common.DomainEventRegistry.Create());
            var run = (await store.LoadAsync(Application.Runs.RunStreams.Id(runId), Domain.Runs.Run.Initial, Application.Runs.RunStreams.Evolve)).State;
            var answered = await new Application.Runs.Commanding.RunCommands(store).HandleAsync(
                new Domain.Runs.AnswerQuestion(runId, "design", run.Step("design").Question!.Id, "PostgreSQL 16", "grace", DateTimeOffset.UtcNow), "grace", default);
            Assert.Null(answered.Error);

            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            await process.WaitForExitAsync(timeout.Token);
            Assert.True(process.ExitCode == 0, Output());
            Assert.Contains("answered by grace: PostgreSQL 16", Output(), StringComparison.Ordinal);
            Assert.Contains("run completed", Output(), StringComparison.Ordinal);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

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
}
