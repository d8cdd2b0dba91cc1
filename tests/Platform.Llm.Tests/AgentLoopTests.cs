using System.Text.Json;
using EventAgents.AgentHost.Configuration;
using EventAgents.AgentHost.Loop;
using EventAgents.AgentHost.Models;
using EventAgents.AgentHost.Tests.Support;
using EventAgents.AgentHost.Tools;
using EventAgents.Platform.Llm.Secrets;
using EventAgents.Platform.Llm.Tests.Support;
using EventAgents.Platform.Llm.Usage;

namespace EventAgents.Platform.Llm.Tests;

/// <summary>AgentHost's loop driven by an OpenAI-compatible model that the step configuration selects.</summary>
public sealed class AgentLoopTests : IDisposable
{
    private const string Key = "sk-agent-loop-key";
    private readonly string workspace = Directory.CreateTempSubdirectory("llm-agent-").FullName;

    [Fact]
    public async Task The_agent_calls_a_tool_feeds_its_result_back_and_completes_the_step()
    {
        await using var server = await FakeOpenAIServer.StartAsync(Key);
        server.Enqueue(
            new FakeReply { Text = "Writing the notes.", ToolCalls = [new FakeToolCall("call_w1", "write_file", """{"path":"notes.txt","content":"hello"}""")], Usage = new(900, 40) },
            new FakeReply { ToolCalls = [new FakeToolCall("call_c1", "complete_step", """{"result":"pass","output":{"files":1}}""")], Usage = new(1000, 20, Cached: 800) });
        var configuration = StepConfiguration.Parse("""
            {"prompt": "Write notes.txt.", "model": "local/qwen3:8b", "max_turns": 5,
             "llm": {"providers": {"local": {"kind": "openai-compatible", "base_url": "BASE_URL", "api_key": "env:LOCAL_MODEL_KEY", "max_retries": 0}},
                     "prices": {"local/qwen3:8b": {"input": 1, "cached_input": 0.5, "output": 2}}}}
            """.Replace("BASE_URL", server.ApiUrl.ToString(), StringComparison.Ordinal));
        var ledger = new UsageLedger();
        var llm = await LlmSettings.LoadAsync(configuration, _ => null, CancellationToken.None);
        using var model = ChatClients.Create(configuration, llm, new EnvironmentSecrets(name => name == "LOCAL_MODEL_KEY" ? Key : null), ledger);
        var reports = new RecordingReporter();
        var tools = new AgentTools(new Workspace(workspace), configuration, TimeProvider.System);

        var outcome = await new AgentLoop(model, tools, reports, configuration.MaxTurns).RunAsync(configuration.Prompt, CancellationToken.None);

        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal("hello", await File.ReadAllTextAsync(Path.Combine(workspace, "notes.txt")));
        Assert.Equal(("pass", """{"files":1}"""), reports.Completion);
        Assert.Equal(["Writing the notes."], reports.Outputs);
        Assert.Equal(["write_file", "complete_step"], reports.ToolCalls.Select(call => call.Tool));

        var requests = server.Requests.ToArray();
        Assert.Equal(2, requests.Length);
        Assert.All(requests, request => Assert.Equal("qwen3:8b", request.Body.GetProperty("model").GetString()));
        var offered = requests[0].Body.GetProperty("tools").EnumerateArray().Select(tool => tool.GetProperty("function").GetProperty("name").GetString());
        Assert.Equal(["read_file", "write_file", "run_command", "complete_step"], offered.Take(4));
        var messages = requests[1].Body.GetProperty("messages").EnumerateArray().ToList();
        Assert.Equal(["system", "user", "assistant", "tool"], messages.Select(message => message.GetProperty("role").GetString()));
        Assert.Equal("call_w1", messages[2].GetProperty("tool_calls")[0].GetProperty("id").GetString());
        Assert.Equal("call_w1", messages[3].GetProperty("tool_call_id").GetString());
        Assert.Equal(reports.ToolCalls.First().Result, OpenAIChatClientTests.ContentText(messages[3]));

        Assert.Equal(new UsageTotals(2, 1900, 800, 60, (1100 * 1m + 800 * 0.5m + 60 * 2m) / 1_000_000m, 0), ledger.Totals);
    }

    [Fact]
    public async Task A_provider_failure_surfaces_as_a_typed_error_out_of_the_loop()
    {
        await using var server = await FakeOpenAIServer.StartAsync(Key);
        server.Enqueue(FakeReply.Error(503, "server_error", "The engine is currently overloaded."));
        var llm = Platform.Llm.Providers.LlmConfiguration.Parse("""
            {"providers": {"local": {"kind": "openai-compatible", "base_url": "BASE_URL", "api_key": "env:K", "max_retries": 0, "default_model": "m"}}}
            """.Replace("BASE_URL", server.ApiUrl.ToString(), StringComparison.Ordinal));
        var configuration = new StepConfiguration("Do it.", "local");
        using var model = ChatClients.Create(configuration, llm, new EnvironmentSecrets(name => name == "K" ? Key : null), new UsageLedger());
        var tools = new AgentTools(new Workspace(workspace), configuration, TimeProvider.System);

        var error = await Assert.ThrowsAsync<Platform.Llm.Errors.ModelProviderException>(
            () => new AgentLoop(model, tools, new RecordingReporter(), 3).RunAsync(configuration.Prompt, CancellationToken.None));

        Assert.Equal((503, "local", "m"), (error.Status, error.Provider, error.Model));
        Assert.DoesNotContain(Key, error.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(workspace, recursive: true);
}
