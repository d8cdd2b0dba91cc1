using EventAgents.AgentHost.Tests.Support;
using EventAgents.Platform.Llm.Scripted;
using EventAgents.Tests.Support;

namespace EventAgents.AgentHost.Tests;

/// <summary>Every tool played by the scripted model in a real git workspace.</summary>
public sealed class ToolsEndToEndTests : IDisposable
{
    private readonly TempGitRepository repository = new();
    private readonly string remote = Directory.CreateTempSubdirectory("eventagents-remote-").FullName;

    [Fact]
    public async Task Edit_file_replaces_unique_text_and_refuses_missing_or_repeated_text()
    {
        File.WriteAllText(Path.Combine(repository.Path, "app.txt"), "name = old\ncolour = red\nsize = red\n");
        var (_, reports) = await ScriptedAgent.RunAsync(repository.Path,
        [
            ScriptedTurn.Call("edit_file", new { path = "app.txt", old_string = "name = old", new_string = "name = new" }),
            ScriptedTurn.Call("edit_file", new { path = "app.txt", old_string = "missing", new_string = "x" }),
            ScriptedTurn.Call("edit_file", new { path = "app.txt", old_string = "red", new_string = "blue" }),
            ScriptedTurn.Call("edit_file", new { path = "app.txt", old_string = "red", new_string = "blue", replace_all = true }),
            ScriptedTurn.Call("complete_step", new { result = "pass" }),
        ]);

        Assert.Equal("name = new\ncolour = blue\nsize = blue\n", File.ReadAllText(Path.Combine(repository.Path, "app.txt")));
        var results = reports.ToolReports.ToArray();
        Assert.Equal(("Replaced 1 occurrence in app.txt.", false), (results[0].Result, results[0].IsError));
        Assert.Equal(("Error: The text of 'old_string' was not found in 'app.txt'.", true), (results[1].Result, results[1].IsError));
        Assert.Equal(
            "Error: The text of 'old_string' occurs 2 times in 'app.txt'; include more of the surrounding text to make it unique, or set replace_all.",
            results[2].Result);
        Assert.Equal("Replaced 2 occurrences in app.txt.", results[3].Result);
        Assert.Equal([1, 2, 3, 4, 5], results.Select(result => result.Sequence));
    }

    [Fact]
    public async Task List_glob_and_grep_find_files_and_lines_without_entering_git()
    {
        Directory.CreateDirectory(Path.Combine(repository.Path, "src", "deep"));
        File.WriteAllText(Path.Combine(repository.Path, "src", "a.cs"), "class A { }\n// TODO: fix A\n");
        File.WriteAllText(Path.Combine(repository.Path, "src", "deep", "b.cs"), "class B { } // todo later\n");
        File.WriteAllText(Path.Combine(repository.Path, "src", "notes.md"), "TODO in markdown\n");
        var (_, reports) = await ScriptedAgent.RunAsync(repository.Path,
        [
            ScriptedTurn.Call("list"),
            ScriptedTurn.Call("list", new { path = "src", depth = 2 }),
            ScriptedTurn.Call("glob", new { pattern = "**/*.cs" }),
            ScriptedTurn.Call("grep", new { pattern = "todo", ignore_case = true, glob = "**/*.cs" }),
            ScriptedTurn.Call("grep", new { pattern = "class [AB]", path = "src/deep" }),
            ScriptedTurn.Call("grep", new { pattern = "(unclosed" }),
            ScriptedTurn.Call("complete_step", new { result = "pass" }),
        ]);

        var results = reports.ToolReports.Select(report => report.Result).ToArray();
        Assert.Equal("README.md\nsrc/\n", results[0]);
        Assert.Equal("src/a.cs\nsrc/deep/\nsrc/deep/b.cs\nsrc/notes.md\n", results[1]);
        Assert.Equal("src/a.cs\nsrc/deep/b.cs\n", results[2]);
        Assert.Equal("src/a.cs:2: // TODO: fix A\nsrc/deep/b.cs:1: class B { } // todo later\n", results[3]);
        Assert.Equal("src/deep/b.cs:1: class B { } // todo later\n", results[4]);
        Assert.StartsWith("Error: The argument 'pattern' is not a valid regular expression", results[5], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Grep_stops_at_its_match_cap()
    {
        File.WriteAllText(Path.Combine(repository.Path, "many.txt"), string.Concat(Enumerable.Repeat("hit\n", 500)));
        var grep = new Tools.GrepTool(new Tools.Workspace(repository.Path), 200);

        var result = await grep.GrepAsync(WorkspaceGuardTests.Arguments(("pattern", "hit")), CancellationToken.None);

        Assert.EndsWith("[stopped at 200 matches]\n", result, StringComparison.Ordinal);
        Assert.Equal(201, result.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task Git_tools_show_status_and_diff_commit_and_push_to_the_remote()
    {
        repository.GitIn(remote, "init", "-q", "--bare");
        repository.Git("remote", "add", "origin", remote);
        File.WriteAllText(Path.Combine(repository.Path, "README.md"), "# changed\n");
        var (outcome, reports) = await ScriptedAgent.RunAsync(repository.Path,
        [
            ScriptedTurn.Call("git_status"),
            ScriptedTurn.Call("git_diff"),
            ScriptedTurn.Call("git_commit", new { message = "Change the readme" }),
            ScriptedTurn.Call("git_push"),
            ScriptedTurn.Call("complete_step", new { result = "pass" }),
        ]);

        Assert.Equal(0, outcome.ExitCode);
        var results = reports.ToolReports.Select(report => report.Result).ToArray();
        Assert.Contains(" M README.md", results[0], StringComparison.Ordinal);
        Assert.Contains("+# changed", results[1], StringComparison.Ordinal);
        Assert.StartsWith("Exit code 0.", results[2], StringComparison.Ordinal);
        Assert.StartsWith("Exit code 0.", results[3], StringComparison.Ordinal);
        Assert.Equal("Change the readme", repository.GitIn(remote, "log", "-1", "--format=%s", "main"));
        Assert.Equal("", repository.Git("status", "--porcelain"));
    }

    [Fact]
    public async Task Read_only_tools_are_marked_as_such()
    {
        var tools = new Tools.AgentTools(new Tools.Workspace(repository.Path), new Configuration.StepConfiguration("p", "scripted"), TimeProvider.System, home: repository.Path);

        var readOnly = tools.Functions.Where(Tools.AgentTools.IsReadOnly).Select(function => function.Name).Order(StringComparer.Ordinal);

        Assert.Equal(["git_diff", "git_status", "glob", "grep", "list", "memory_read", "memory_search", "read_file"], readOnly);
    }

    public void Dispose()
    {
        repository.Dispose();
        Directory.Delete(remote, recursive: true);
    }
}
