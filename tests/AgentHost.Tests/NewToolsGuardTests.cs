using EventAgents.AgentHost.Tools;
using EventAgents.Tests.Support;
using static EventAgents.AgentHost.Tests.WorkspaceGuardTests;

namespace EventAgents.AgentHost.Tests;

/// <summary>edit_file, list, glob, grep and git_diff stay in the workspace, through <c>..</c>, absolute paths and symbolic links.</summary>
public sealed class NewToolsGuardTests : IDisposable
{
    private readonly TempGitRepository repository = new();
    private readonly string outside = Directory.CreateTempSubdirectory("eventagents-outside-").FullName;
    private readonly Workspace workspace;

    public NewToolsGuardTests()
    {
        File.WriteAllText(Path.Combine(outside, "secret.txt"), "secret needle\n");
        Directory.CreateSymbolicLink(Path.Combine(repository.Path, "linked-dir"), outside);
        File.CreateSymbolicLink(Path.Combine(repository.Path, "linked-file"), Path.Combine(outside, "secret.txt"));
        workspace = new Workspace(repository.Path);
    }

    [Theory]
    [InlineData("../secret.txt")]
    [InlineData("linked-file")]
    [InlineData("linked-dir/secret.txt")]
    public async Task Edit_file_refuses_paths_outside(string path)
    {
        var edit = new EditFileTool(workspace);

        await Assert.ThrowsAsync<ToolRefusedException>(() => edit.EditAsync(Arguments(("path", path), ("old_string", "secret"), ("new_string", "x")), CancellationToken.None));

        Assert.Equal("secret needle\n", File.ReadAllText(Path.Combine(outside, "secret.txt")));
    }

    [Theory]
    [InlineData("..")]
    [InlineData("/etc")]
    [InlineData("linked-dir")]
    public async Task List_and_grep_refuse_directories_outside(string path)
    {
        await Assert.ThrowsAsync<ToolRefusedException>(() => new ListTool(workspace, 100).ListAsync(Arguments(("path", path)), CancellationToken.None));
        await Assert.ThrowsAsync<ToolRefusedException>(() => new GrepTool(workspace, 100).GrepAsync(Arguments(("pattern", "needle"), ("path", path)), CancellationToken.None));
    }

    [Fact]
    public async Task Walking_the_workspace_never_follows_links_that_lead_outside()
    {
        var listing = await new ListTool(workspace, 100).ListAsync(Arguments(("depth", 5)), CancellationToken.None);
        var grep = await new GrepTool(workspace, 100).GrepAsync(Arguments(("pattern", "needle")), CancellationToken.None);
        var glob = await new GlobTool(workspace, 100).GlobAsync(Arguments(("pattern", "**/*")), CancellationToken.None);

        Assert.Equal("README.md\n", listing);
        Assert.Equal("No line matches.", grep);
        Assert.Equal("README.md\n", glob);
    }

    [Theory]
    [InlineData("../*")]
    [InlineData("src/../../*")]
    public async Task Glob_refuses_patterns_that_climb_out(string pattern) =>
        await Assert.ThrowsAsync<ToolRefusedException>(() => new GlobTool(workspace, 100).GlobAsync(Arguments(("pattern", pattern)), CancellationToken.None));

    [Fact]
    public async Task Git_diff_refuses_a_path_outside() =>
        await Assert.ThrowsAsync<ToolRefusedException>(() =>
            new GitTools(workspace, TimeSpan.FromSeconds(30), 4096, TimeProvider.System).DiffAsync(Arguments(("path", "../x")), CancellationToken.None));

    public void Dispose()
    {
        repository.Dispose();
        Directory.Delete(outside, recursive: true);
    }
}
