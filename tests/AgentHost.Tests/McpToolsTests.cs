using EventAgents.AgentHost.Configuration;
using EventAgents.AgentHost.Loop;
using EventAgents.AgentHost.Mcp;
using EventAgents.AgentHost.Models;
using EventAgents.AgentHost.Tests.Support;
using EventAgents.AgentHost.Tools;
using EventAgents.Platform.Llm.Scripted;
using EventAgents.Tests.Support;

namespace EventAgents.AgentHost.Tests;

/// <summary>The tools of a real MCP server over stdio (TestMcpServer, started by the agent) in the agent's loop.</summary>
public sealed class McpToolsTests : IDisposable
{
    private readonly TempGitRepository repository = new();

    private static McpServerSettings TestServer => new("tools", "dotnet", [Path.Combine(AppContext.BaseDirectory, "eventagents-test-mcp-server.dll")],
        new Dictionary<string, string> { ["GREETING"] = "hello from the config" });

    [Fact]
    public async Task The_agent_lists_and_calls_an_mcp_servers_tools()
    {
        Environment.SetEnvironmentVariable("EVENTAGENTS_MCP_TEST_SECRET", "must-not-pass");
        await using var mcp = await McpTools.ConnectAsync([TestServer], repository.Path, ["EVENTAGENTS_MCP_TEST_SECRET"], CancellationToken.None);
        var configuration = new StepConfiguration("Use the MCP tools.", "scripted",
        [
            ScriptedTurn.Call("tools__echo", new { text = "hi" }),
            ScriptedTurn.Call("tools__env", new { name = "GREETING" }),
            ScriptedTurn.Call("tools__env", new { name = "EVENTAGENTS_MCP_TEST_SECRET" }),
            ScriptedTurn.Call("tools__touch", new { path = "from-mcp.txt" }),
            ScriptedTurn.Call("complete_step", new { result = "pass" }),
        ]);
        var tools = new AgentTools(new Workspace(repository.Path), configuration, TimeProvider.System, extra: mcp.Functions);
        var reports = new RecordingReporter();
        using var model = ChatClients.Create(configuration);

        var outcome = await new AgentLoop(model, tools, reports, 10).RunAsync(configuration.Prompt, CancellationToken.None);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal(["tools__echo", "tools__env", "tools__touch"], mcp.Functions.Select(function => function.Name).Order(StringComparer.Ordinal));
        Assert.Equal(["tools__echo", "tools__env"], mcp.Functions.Where(AgentTools.IsReadOnly).Select(function => function.Name).Order(StringComparer.Ordinal));
        var results = reports.ToolReports.Select(report => report.Result).ToArray();
        Assert.Contains("echo: hi", results[0], StringComparison.Ordinal);
        Assert.Contains("hello from the config", results[1], StringComparison.Ordinal);
        Assert.Contains("(unset)", results[2], StringComparison.Ordinal);
        Assert.Equal("made by the MCP server", File.ReadAllText(Path.Combine(repository.Path, "from-mcp.txt")));
        Assert.All(reports.ToolReports, report => Assert.False(report.IsError, report.Result));
    }

    [Fact]
    public async Task The_agent_calls_the_tools_of_an_mcp_server_over_http()
    {
        await using var http = await HttpMcpServer.StartAsync();
        await using var mcp = await McpTools.ConnectAsync([new McpServerSettings("calc", Url: http.Endpoint)], repository.Path, [], CancellationToken.None);
        var configuration = new StepConfiguration("Add.", "scripted",
            [ScriptedTurn.Call("calc__add", new { a = 2, b = 40 }), ScriptedTurn.Call("complete_step", new { result = "pass" })]);
        var tools = new AgentTools(new Workspace(repository.Path), configuration, TimeProvider.System, extra: mcp.Functions);
        var reports = new RecordingReporter();
        using var model = ChatClients.Create(configuration);

        var outcome = await new AgentLoop(model, tools, reports, 10).RunAsync(configuration.Prompt, CancellationToken.None);

        Assert.Equal(0, outcome.ExitCode);
        Assert.True(AgentTools.IsReadOnly(Assert.Single(mcp.Functions)));
        var call = reports.ToolReports.First();
        Assert.Equal(("calc__add", false), (call.Tool, call.IsError));
        Assert.Contains("42", call.Result, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_that_does_not_start_is_named_in_the_error()
    {
        var broken = new McpServerSettings("broken", "/nonexistent/mcp-server");

        var error = await Assert.ThrowsAsync<IOException>(() => McpTools.ConnectAsync([broken], repository.Path, [], CancellationToken.None));

        Assert.StartsWith("The MCP server 'broken' could not be reached", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""[{"name": "x"}]""", "mcp_servers 'x' needs a command (stdio) or a url (HTTP).")]
    [InlineData("""[{"name": "x y", "command": "c"}]""", "mcp_servers[].name 'x y' may hold only letters, digits, '-' and '_'.")]
    [InlineData("""[{"name": "x", "command": "c", "url": "http://127.0.0.1:1/mcp"}]""", "mcp_servers 'x' has both a command and a url; give one.")]
    public void Bad_mcp_settings_are_refused_naming_the_problem(string servers, string message)
    {
        var error = Assert.Throws<InvalidDataException>(() => StepConfiguration.Parse($$"""{"prompt": "p", "model": "scripted", "mcp_servers": {{servers}}}"""));

        Assert.Equal(message, error.Message);
    }

    public void Dispose() => repository.Dispose();
}
