using EventAgents.AgentHost.Tools;
using EventAgents.Tests.Support;

namespace EventAgents.AgentHost.Tests;

public sealed class WorkspaceGuardTests : IDisposable
{
    private readonly TempGitRepository repository = new();
    private readonly string outside = Directory.CreateTempSubdirectory("eventagents-outside-").FullName;

    [Theory]
    [InlineData("../secret.txt")]
    [InlineData("src/../../secret.txt")]
    [InlineData("..")]
    [InlineData("/etc/passwd")]
    [InlineData("/")]
    [InlineData("")]
    public void Paths_that_leave_the_workspace_are_refused(string path)
    {
        var workspace = new Workspace(repository.Path);

        Assert.Throws<ToolRefusedException>(() => workspace.Resolve(path));
    }

    [Fact]
    public void A_sibling_directory_with_the_same_prefix_is_outside()
    {
        var workspace = new Workspace(repository.Path);

        Assert.Throws<ToolRefusedException>(() => workspace.Resolve(repository.Path + "-other/file.txt"));
    }

    [Fact]
    public void Relative_and_absolute_paths_inside_the_workspace_resolve()
    {
        var workspace = new Workspace(repository.Path);

        Assert.Equal(Path.Combine(repository.Path, "src", "a.txt"), workspace.Resolve("src/./b/../a.txt"));
        Assert.Equal(Path.Combine(repository.Path, "README.md"), workspace.Resolve(Path.Combine(repository.Path, "README.md")));
        Assert.Equal(repository.Path, workspace.Resolve("."));
    }

    [Fact]
    public async Task Symbolic_links_that_lead_outside_are_refused_for_reading_and_writing()
    {
        File.WriteAllText(Path.Combine(outside, "secret.txt"), "secret");
        Directory.CreateSymbolicLink(Path.Combine(repository.Path, "linked-dir"), outside);
        File.CreateSymbolicLink(Path.Combine(repository.Path, "linked-file"), Path.Combine(outside, "secret.txt"));
        var workspace = new Workspace(repository.Path);
        var read = new ReadFileTool(workspace, 1024);
        var write = new WriteFileTool(workspace);

        await Assert.ThrowsAsync<ToolRefusedException>(() => read.ReadAsync(Arguments(("path", "linked-file")), CancellationToken.None));
        await Assert.ThrowsAsync<ToolRefusedException>(() => read.ReadAsync(Arguments(("path", "linked-dir/secret.txt")), CancellationToken.None));
        await Assert.ThrowsAsync<ToolRefusedException>(() => write.WriteAsync(Arguments(("path", "linked-dir/new.txt"), ("content", "x")), CancellationToken.None));
        await Assert.ThrowsAsync<ToolRefusedException>(() => write.WriteAsync(Arguments(("path", "linked-file"), ("content", "x")), CancellationToken.None));
        Assert.False(File.Exists(Path.Combine(outside, "new.txt")));
        Assert.Equal("secret", File.ReadAllText(Path.Combine(outside, "secret.txt")));
    }

    [Fact]
    public async Task A_symbolic_link_inside_the_workspace_is_followed()
    {
        Directory.CreateDirectory(Path.Combine(repository.Path, "real"));
        Directory.CreateSymbolicLink(Path.Combine(repository.Path, "alias"), Path.Combine(repository.Path, "real"));
        var workspace = new Workspace(repository.Path);

        await new WriteFileTool(workspace).WriteAsync(Arguments(("path", "alias/a.txt"), ("content", "inside")), CancellationToken.None);

        Assert.Equal("inside", File.ReadAllText(Path.Combine(repository.Path, "real", "a.txt")));
    }

    [Fact]
    public async Task Read_file_refuses_absolute_paths_outside_the_workspace()
    {
        var read = new ReadFileTool(new Workspace(repository.Path), 1024);

        var refused = await Assert.ThrowsAsync<ToolRefusedException>(() => read.ReadAsync(Arguments(("path", "/etc/hostname")), CancellationToken.None));

        Assert.Equal("The path '/etc/hostname' is outside the workspace.", refused.Message);
    }

    public void Dispose()
    {
        repository.Dispose();
        Directory.Delete(outside, recursive: true);
    }

    internal static ToolArguments Arguments(params (string Name, object? Value)[] values) =>
        new(values.ToDictionary(value => value.Name, value => value.Value));
}
