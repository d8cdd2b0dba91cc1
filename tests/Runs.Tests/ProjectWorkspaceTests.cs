using EventAgents.Application.Common.Commanding;
using EventAgents.Application.Projects.Commanding;
using EventAgents.Domain.Projects;
using EventAgents.Domain.Runs;
using EventAgents.Testing;

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
    private GitRepository _repository = null!;

    public async Task InitializeAsync()
    {
        await _engine.InitializeAsync();
        _repository = await GitRepository.CreateAsync();
    }

    public async Task DisposeAsync()
    {
        await _engine.DisposeAsync();
        _repository.Dispose();
    }

    [Fact]
    public async Task A_run_of_a_project_with_a_local_repository_commits_on_its_branch_in_a_worktree_of_it()
    {
        await CreateProjectAsync("local-project", _repository.Path);

        var runId = await _engine.StartAsync(Pipeline, projectId: "local-project");
        var run = await _engine.WaitForAsync(runId, r => r.Status is RunStatus.Completed or RunStatus.Failed, "the run ends");

        Assert.Equal(RunStatus.Completed, run.Status);
        Assert.Equal("implement", await _repository.GitAsync("log", "-1", "--format=%s", $"eventagents/run-{runId}"));
        Assert.Equal("first", await _repository.GitAsync("log", "-1", "--format=%s", "main"));
        Assert.Contains(_engine.Workspace(runId), await _repository.GitAsync("worktree", "list"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_run_of_a_project_with_a_remote_repository_works_in_a_clone_started_from_the_default_branch()
    {
        await CreateProjectAsync("remote-project", "file://" + _repository.Path);

        var first = await _engine.StartAsync(Pipeline, projectId: "remote-project");
        Assert.Equal(RunStatus.Completed, (await _engine.WaitForAsync(first, r => r.Status is RunStatus.Completed or RunStatus.Failed, "the first run ends")).Status);
        await _repository.CommitFileAsync("README.md", "hello\nupstream\n", "upstream");
        var second = await _engine.StartAsync(Pipeline, projectId: "remote-project");
        Assert.Equal(RunStatus.Completed, (await _engine.WaitForAsync(second, r => r.Status is RunStatus.Completed or RunStatus.Failed, "the second run ends")).Status);

        Assert.Equal("implement", await GitRepository.RunAsync(_engine.Workspace(first), "log", "-1", "--format=%s"));
        Assert.Equal("upstream", await GitRepository.RunAsync(_engine.Workspace(second), "log", "-1", "--format=%s", "HEAD~1"));
        Assert.Equal("", await _repository.GitAsync("branch", "--list", "eventagents/*"));
    }

    private async Task CreateProjectAsync(string projectId, string repository)
    {
        var created = await new ProjectCommands(_engine.Store).HandleAsync(
            new CreateProject(projectId, projectId, repository, "main", DateTimeOffset.UtcNow), new CommandContext("tests"), CancellationToken.None);
        Assert.True(created.Error is null, created.Error?.Message);
    }
}
