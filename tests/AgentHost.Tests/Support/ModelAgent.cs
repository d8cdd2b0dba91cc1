using EventAgents.AgentHost.Configuration;
using EventAgents.AgentHost.Loop;
using EventAgents.AgentHost.Models;
using EventAgents.AgentHost.Tools;
using EventAgents.Platform.Llm.Secrets;
using EventAgents.Platform.Llm.Usage;

namespace EventAgents.AgentHost.Tests.Support;

/// <summary>Runs the agent loop in-process over the real OpenAI-compatible client pointed at <see cref="FakeOpenAIServer"/>.</summary>
public static class ModelAgent
{
    public const string Key = "sk-agent-tests-0123456789";

    /// <summary>A step configuration on <c>local/m</c> at the fake server, priced at $1 input and $2 output per million tokens.</summary>
    public static StepConfiguration Configuration(FakeOpenAIServer server, int maxTurns = 10) => StepConfiguration.Parse("""
        {"prompt": "Do the work.", "model": "local/m", "max_turns": MAX_TURNS,
         "llm": {"providers": {"local": {"kind": "openai-compatible", "base_url": "BASE_URL", "api_key": "env:LOCAL_KEY", "max_retries": 0}},
                 "prices": {"local/m": {"input": 1, "output": 2}}}}
        """.Replace("MAX_TURNS", $"{maxTurns}", StringComparison.Ordinal).Replace("BASE_URL", server.ApiUrl.ToString(), StringComparison.Ordinal));

    public static async Task<(AgentOutcome Outcome, RecordingReporter Reports)> RunAsync(
        string workspace, FakeOpenAIServer server, AgentBudget? budget = null, int maxTurns = 10)
    {
        var configuration = Configuration(server, maxTurns);
        var llm = await LlmSettings.LoadAsync(configuration, _ => null, CancellationToken.None);
        var ledger = new UsageLedger();
        using var model = ChatClients.Create(configuration, llm, new EnvironmentSecrets(name => name == "LOCAL_KEY" ? Key : null), ledger);
        var reports = new RecordingReporter();
        var tools = new AgentTools(new Workspace(workspace), configuration, TimeProvider.System);
        var options = new AgentLoopOptions(maxTurns) { Budget = budget, Usage = ledger, Model = configuration.Model };
        var outcome = await new AgentLoop(model, tools, reports, options).RunAsync(configuration.Prompt, CancellationToken.None);
        return (outcome, reports);
    }
}
