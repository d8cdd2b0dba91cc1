using EventAgents.AgentHost;
using EventAgents.AgentHost.Configuration;
using EventAgents.AgentHost.Tests.Support;
using EventAgents.Platform.Llm.Tests.Support;

namespace EventAgents.Platform.Llm.Tests;

/// <summary>The agent program picks its provider from the file named in its environment, with the key from there too.</summary>
public sealed class AgentProgramTests : IDisposable
{
    private const string Key = "sk-program-SECRET-777";
    private readonly string directory = Directory.CreateTempSubdirectory("llm-program-").FullName;

    [Fact]
    public async Task A_step_on_an_openai_compatible_model_completes_and_its_usage_is_logged()
    {
        await using var model = await FakeOpenAIServer.StartAsync(Key);
        await using var api = await FakeAgentApi.StartAsync();
        model.Enqueue(FakeReply.Call(new FakeToolCall("call_1", "complete_step", """{"result":"pass","output":"done"}""")));
        var error = new StringWriter();

        var exit = await AgentProgram.RunAsync(Environment(model, api), error, CancellationToken.None);

        Assert.Equal(AgentProgram.Completed, exit);
        var completion = Assert.Single(api.Reports, report => report.Path.EndsWith("/complete", StringComparison.Ordinal));
        Assert.Contains("\"result\":\"pass\"", completion.Body, StringComparison.Ordinal);
        Assert.Equal("qwen3:8b", model.LastRequest.Body.GetProperty("model").GetString());
        Assert.Equal($"Bearer {Key}", model.LastRequest.Header("authorization"));
        Assert.Contains("eventagents-agent: 1 model calls, 10 input tokens (0 cached), 5 output tokens, $0.000020", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_provider_failure_fails_the_step_with_a_reason_that_names_the_provider_and_not_the_key()
    {
        await using var model = await FakeOpenAIServer.StartAsync(Key);
        await using var api = await FakeAgentApi.StartAsync();
        model.Enqueue(FakeReply.Error(503, "server_error", "The engine is currently overloaded."));
        var error = new StringWriter();

        var exit = await AgentProgram.RunAsync(Environment(model, api), error, CancellationToken.None);

        Assert.Equal(AgentProgram.Failed, exit);
        var failure = Assert.Single(api.Reports, report => report.Path.EndsWith("/fail", StringComparison.Ordinal));
        using var body = System.Text.Json.JsonDocument.Parse(failure.Body);
        Assert.Equal(
            "Model provider 'local' (model 'qwen3:8b') answered 503 ServiceUnavailable: The engine is currently overloaded.",
            body.RootElement.GetProperty("reason").GetString());
        Assert.DoesNotContain(Key, failure.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_provider_whose_key_is_not_set_is_a_misconfiguration()
    {
        await using var model = await FakeOpenAIServer.StartAsync(Key);
        await using var api = await FakeAgentApi.StartAsync();
        var variables = Environment(model, api);
        var error = new StringWriter();

        var exit = await AgentProgram.RunAsync(name => name == "LOCAL_KEY" ? null : variables(name), error, CancellationToken.None);

        Assert.Equal(AgentProgram.Misconfigured, exit);
        Assert.Contains("Provider 'local' takes its API key from 'env:LOCAL_KEY', which is not set.", error.ToString(), StringComparison.Ordinal);
        Assert.Empty(model.Requests);
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private Func<string, string?> Environment(FakeOpenAIServer model, FakeAgentApi api)
    {
        var llm = Path.Combine(directory, "llm.json");
        File.WriteAllText(llm, """
            {"providers": {"local": {"kind": "openai-compatible", "base_url": "BASE_URL", "api_key": "env:LOCAL_KEY", "max_retries": 0}},
             "prices": {"qwen3:8b": {"input": 1, "output": 2}}}
            """.Replace("BASE_URL", model.ApiUrl.ToString(), StringComparison.Ordinal));
        var step = Path.Combine(directory, "step.json");
        File.WriteAllText(step, """{"prompt": "Finish.", "model": "local/qwen3:8b", "max_turns": 3}""");
        var workspace = Directory.CreateDirectory(Path.Combine(directory, "workspace")).FullName;
        var variables = new Dictionary<string, string>
        {
            [AgentEnvironment.ServerUrl] = api.BaseUrl.ToString(),
            [AgentEnvironment.StepToken] = "step-token",
            [AgentEnvironment.ConfigurationFile] = step,
            [AgentEnvironment.RunId] = "run-1",
            [AgentEnvironment.StepId] = "step-1",
            [AgentEnvironment.Attempt] = "1",
            [AgentEnvironment.Workspace] = workspace,
            [AgentEnvironment.LlmConfiguration] = llm,
            ["LOCAL_KEY"] = Key,
        };
        return name => variables.GetValueOrDefault(name);
    }
}
