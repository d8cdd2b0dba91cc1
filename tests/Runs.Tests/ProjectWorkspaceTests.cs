using System.Diagnostics;
using EventAgents.Application.Common.Commanding;
using EventAgents.Application.Projects.Commanding;
using EventAgents.Domain.Projects;
using EventAgents.Domain.Runs;

namespace EventAgents.Runs.Tests;

/// <summary>A run of a project works in a git worktree of the project's repository, on the run's own branch.</summary>
public sealed class ProjectWorkspaceTests : IAsyncLifetime
{
    private const string Pipeline = """
        name: change
        steps:
          - id: implement
            type: command
            run: |
              test -f README.md
              echo change >> README.md
              git -c user.name=agent -c user.email=agent@example.com commit -qam "implement"
        """;

    private readonly EngineFixture _engine = new();
    private readonly string _repository = Path.Combine(Path.GetTempPath(), "eventagents-repo-" + Guid.NewGuid().ToString("N")[..8]);

    public async Task InitializeAsync()
    {
        await _engine.InitializeAsync();
        Directory.CreateDirectory(_repository);
        Git(_repository, "init", "-q", "-b", "main");
        await File.WriteAllTextAsync(Path.Combine(_repository, "README.md"), "hello\n");
        Git(_repository, "add", "README.md");
        Git(_repository, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qm", "first");
    }

    public async Task DisposeAsync()
    {
        await _engine.DisposeAsync();
        Directory.Delete(_repository, recursive: true);
    }

    [Fact]
    public async Task A_run_of_a_project_with_a_local_repository_commits_on_its_branch_in_a_worktree_of_it()
    {
        await CreateProjectAsync("local-project", _repository);

        var runId = await _engine.StartAsync(Pipeline, projectId: "local-project");
        var run = await _engine.WaitForAsync(runId, r => r.Status is RunStatus.Completed or RunStatus.Failed, "the run ends");

        Assert.Equal(RunStatus.Completed, run.Status);
        Assert.Equal("implement", Git(_repository, "log", "-1", "--format=%s", $"eventagents/run-{runId}"));
        Assert.Equal("first", Git(_repository, "log", "-1", "--format=%s", "main"));
        Assert.Contains(_engine.Workspace(runId), Git(_repository, "worktree", "list"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_run_of_a_project_with_a_remote_repository_works_in_a_clone_started_from_the_default_branch()
    {
        await CreateProjectAsync("remote-project", "file://" + _repository);

        var first = await _engine.StartAsync(Pipeline, projectId: "remote-project");
        Assert.Equal(RunStatus.Completed, (await _engine.WaitForAsync(first, r => r.Status is RunStatus.Completed or RunStatus.Failed, "the first run ends")).Status);
        await File.AppendAllTextAsync(Path.Combine(_repository, "README.md"), "upstream\n");
        Git(_repository, "-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-qam", "upstream");
        var second = await _engine.StartAsync(Pipeline, projectId: "remote-project");
        Assert.Equal(RunStatus.Completed, (await _engine.WaitForAsync(second, r => r.Status is RunStatus.Completed or RunStatus.Failed, "the second run ends")).Status);

        Assert.Equal("implement", Git(_engine.Workspace(first), "log", "-1", "--format=%s"));
        Assert.Equal("upstream", Git(_engine.Workspace(second), "log", "-1", "--format=%s", "HEAD~1"));
        Assert.Equal("", Git(_repository, "branch", "--list", "eventagents/*"));
    }

    private async Task CreateProjectAsync(string projectId, string repository)
    {
        var created = await new ProjectCommands(_engine.Store).HandleAsync(
            new CreateProject(projectId, projectId, repository, "main", DateTimeOffset.UtcNow), new CommandContext("tests"), CancellationToken.None);
        Assert.True(created.Error is null, created.Error?.Message);
    }

    private static string Git(string directory, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var git = Process.Start(start)!;
        var output = git.StandardOutput.ReadToEnd();
        var error = git.StandardError.ReadToEnd();
        git.WaitForExit();
        Assert.True(git.ExitCode == 0, $"git {string.Join(' ', arguments)}: {error}");
        return output.Trim();
    }
}
