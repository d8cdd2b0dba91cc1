using EventAgents.AgentHost.Tests.Support;
using EventAgents.Platform.Llm.Scripted;
using EventAgents.Tests.Support;

namespace EventAgents.AgentHost.Tests;

public sealed class MemoryToolsTests : IDisposable
{
    private readonly TempGitRepository repository = new();
    private readonly string home = Directory.CreateTempSubdirectory("eventagents-home-").FullName;
    private readonly string vault = Directory.CreateTempSubdirectory("eventagents-vault-").FullName;

    [Fact]
    public async Task Notes_written_in_one_step_are_read_and_searched_in_the_next()
    {
        await ScriptedAgent.RunAsync(repository.Path,
        [
            ScriptedTurn.Call("memory_write", new { name = "decisions", content = "# Decisions\n- Use PostgreSQL for the queue.\n" }),
            ScriptedTurn.Call("memory_write", new { name = "decisions", content = "- Keep files small.", append = true }),
            ScriptedTurn.Call("memory_write", new { name = "conventions", content = "Tests use real PostgreSQL.\n", scope = "team" }),
            ScriptedTurn.Call("complete_step", new { result = "pass" }),
        ], home: home, teamVault: vault);

        var (_, reports) = await ScriptedAgent.RunAsync(repository.Path,
        [
            ScriptedTurn.Call("memory_read"),
            ScriptedTurn.Call("memory_read", new { name = "decisions" }),
            ScriptedTurn.Call("memory_search", new { query = "postgresql" }),
            ScriptedTurn.Call("memory_search", new { query = "postgresql", scope = "team" }),
            ScriptedTurn.Call("complete_step", new { result = "pass" }),
        ], home: home, teamVault: vault);

        var results = reports.ToolReports.Select(report => report.Result).ToArray();
        Assert.Equal("decisions.md", results[0]);
        Assert.Equal("# Decisions\n- Use PostgreSQL for the queue.\n- Keep files small.\n", results[1]);
        Assert.Equal("decisions.md:2: - Use PostgreSQL for the queue.\n", results[2]);
        Assert.Equal("conventions.md:1: Tests use real PostgreSQL.\n", results[3]);
        Assert.True(File.Exists(Path.Combine(home, "memory", "decisions.md")));
        Assert.True(File.Exists(Path.Combine(vault, "conventions.md")));
    }

    [Fact]
    public async Task Notes_cannot_leave_their_folder()
    {
        Directory.CreateDirectory(Path.Combine(home, "memory"));
        Directory.CreateSymbolicLink(Path.Combine(home, "memory", "escape"), repository.Path);
        var (_, reports) = await ScriptedAgent.RunAsync(repository.Path,
        [
            ScriptedTurn.Call("memory_write", new { name = "../../outside", content = "x" }),
            ScriptedTurn.Call("memory_read", new { name = "escape/README" }),
            ScriptedTurn.Call("memory_write", new { name = "escape/planted", content = "x" }),
            ScriptedTurn.Call("memory_read", new { name = "x", scope = "team" }),
            ScriptedTurn.Call("complete_step", new { result = "pass" }),
        ], home: home);

        var results = reports.ToolReports.Take(4).ToArray();
        Assert.All(results, result => Assert.True(result.IsError, result.Result));
        Assert.Contains("outside the workspace", results[0].Result, StringComparison.Ordinal);
        Assert.Contains("through a symbolic link", results[1].Result, StringComparison.Ordinal);
        Assert.Contains("through a symbolic link", results[2].Result, StringComparison.Ordinal);
        Assert.Equal("Error: This agent has no team vault.", results[3].Result);
        Assert.False(File.Exists(Path.Combine(home, "outside.md")));
        Assert.False(File.Exists(Path.Combine(repository.Path, "planted.md")));
    }

    public void Dispose()
    {
        repository.Dispose();
        Directory.Delete(home, recursive: true);
        Directory.Delete(vault, recursive: true);
    }
}
