using EventAgents.Engine.Workspaces.GitWorkspaces;
using EventAgents.Tests.Support;

namespace EventAgents.Engine.Tests;

public sealed class GitWorkspacesTests : IDisposable
{
    private readonly TempGitRepository repository = new();
    private readonly string root = Directory.CreateTempSubdirectory("eventagents-worktrees-").FullName;
    private readonly GitWorkspaces workspaces;

    public GitWorkspacesTests() => workspaces = new GitWorkspaces(new GitWorkspaceOptions(root), new GitCli());

    [Fact]
    public async Task A_run_gets_a_worktree_on_its_branch_that_its_steps_reuse_and_that_is_removed_when_it_ends()
    {
        var worktree = await workspaces.EnsureRunWorktreeAsync(repository.Path, "r42", "main", CancellationToken.None);

        Assert.Equal(new GitWorktree(Path.Combine(root, "runs", "r42"), "eventagents/run-r42"), worktree);
        Assert.Equal("eventagents/run-r42", repository.GitIn(worktree.Path, "symbolic-ref", "--short", "HEAD"));
        Assert.True(File.Exists(Path.Combine(worktree.Path, "README.md")));
        Assert.Contains(worktree.Path, repository.Git("worktree", "list", "--porcelain"), StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(worktree.Path, "step-1.txt"), "from the first step");
        var again = await workspaces.EnsureRunWorktreeAsync(repository.Path, "r42", "main", CancellationToken.None);
        Assert.Equal(worktree, again);
        Assert.True(File.Exists(Path.Combine(again.Path, "step-1.txt")));

        repository.GitIn(worktree.Path, "add", "-A");
        repository.GitIn(worktree.Path, "commit", "-q", "-m", "run work");
        await workspaces.RemoveRunWorktreeAsync(repository.Path, "r42", CancellationToken.None);

        Assert.False(Directory.Exists(worktree.Path));
        Assert.DoesNotContain(worktree.Path, repository.Git("worktree", "list", "--porcelain"), StringComparison.Ordinal);
        Assert.Equal("run work", repository.Git("log", "-1", "--format=%s", "eventagents/run-r42"));
        await workspaces.RemoveRunWorktreeAsync(repository.Path, "r42", CancellationToken.None);
    }

    [Fact]
    public async Task A_removed_run_worktree_can_be_made_again_on_the_existing_branch()
    {
        var first = await workspaces.EnsureRunWorktreeAsync(repository.Path, "r7", "main", CancellationToken.None);
        File.WriteAllText(Path.Combine(first.Path, "dirty.txt"), "uncommitted");
        await workspaces.RemoveRunWorktreeAsync(repository.Path, "r7", CancellationToken.None);

        var second = await workspaces.EnsureRunWorktreeAsync(repository.Path, "r7", "main", CancellationToken.None);

        Assert.Equal(first, second);
        Assert.False(File.Exists(Path.Combine(second.Path, "dirty.txt")));
    }

    [Fact]
    public async Task A_board_task_gets_a_persistent_worktree_on_its_feature_branch()
    {
        var worktree = await workspaces.EnsureTaskWorktreeAsync(repository.Path, "task-9", "main", CancellationToken.None);

        Assert.Equal(Path.Combine(root, "tasks", "task-9"), worktree.Path);
        Assert.Equal("eventagents/task-task-9", repository.GitIn(worktree.Path, "symbolic-ref", "--short", "HEAD"));
        await workspaces.RemoveTaskWorktreeAsync(repository.Path, "task-9", CancellationToken.None);
        Assert.False(Directory.Exists(worktree.Path));
    }

    [Fact]
    public async Task A_directory_in_the_way_is_not_taken_for_the_worktree()
    {
        Directory.CreateDirectory(workspaces.RunPath("r1"));

        await Assert.ThrowsAsync<GitCommandException>(() => workspaces.EnsureRunWorktreeAsync(repository.Path, "r1", "main", CancellationToken.None));
    }

    [Theory]
    [InlineData("../escape")]
    [InlineData("a/b")]
    [InlineData("-rf")]
    [InlineData("")]
    [InlineData("x.lock")]
    public async Task Ids_that_cannot_name_a_workspace_are_refused(string runId) =>
        await Assert.ThrowsAsync<ArgumentException>(() => workspaces.EnsureRunWorktreeAsync(repository.Path, runId, "main", CancellationToken.None));

    [Fact]
    public async Task An_unknown_base_is_a_git_error_naming_the_command()
    {
        var error = await Assert.ThrowsAsync<GitCommandException>(() => workspaces.EnsureRunWorktreeAsync(repository.Path, "r2", "no-such-branch", CancellationToken.None));

        Assert.Contains("git worktree add -b eventagents/run-r2", error.Message, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        repository.Dispose();
        Directory.Delete(root, recursive: true);
    }
}
