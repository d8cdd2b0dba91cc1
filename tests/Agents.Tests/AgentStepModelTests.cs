using EventAgents.Agents.Tests.Support;
using EventAgents.Domain.Runs;
using EventAgents.Platform.Llm.Tests.Support;

namespace EventAgents.Agents.Tests;

/// <summary>Agent steps on their agent's model: a real agent process, the real OpenAI client, a fake OpenAI-compatible server.</summary>
public sealed class AgentStepModelTests
{
    private const string Key = "sk-agent-step-key-5555555555";

    [Fact]
    public async Task A_step_whose_agent_exists_runs_on_its_model_with_its_persona_and_the_key_its_reference_names()
    {
        await using var model = await FakeOpenAIServer.StartAsync(Key);
        Environment.SetEnvironmentVariable("AGENTS_TESTS_STEP_KEY", Key);
        await using var server = await AgentServer.StartAsync(Providers.Fake(model.ApiUrl, "AGENTS_TESTS_STEP_KEY"));
        await server.CreateAgentAsync("ada", "fake/gpt-test", "You are Ada, who reviews with care.");
        model.Enqueue(FakeReply.Call(new FakeToolCall("call-1", "complete_step", """{"result":"pass","output":"reviewed by the model"}""")));

        var runId = await server.StartRunAsync("""
            name: review
            steps:
              - id: review
                type: agent
                agent: ada
                prompt: Review the change.
                timeout: 2m
            """);

        var run = await server.WaitForRunAsync(runId, r => r.Status == RunStatus.Completed, "the run completes");
        Assert.Contains("reviewed by the model", run.Step("review").Output, StringComparison.Ordinal);
        var request = Assert.Single(model.Requests);
        Assert.Equal("gpt-test", request.Body.GetProperty("model").GetString());
        Assert.Equal($"Bearer {Key}", request.Header("authorization"));
        var messages = request.Body.GetProperty("messages").EnumerateArray().ToList();
        Assert.Equal("system", messages[0].GetProperty("role").GetString());
        Assert.Contains("You are Ada, who reviews with care.", messages[0].GetRawText(), StringComparison.Ordinal);
        Assert.Contains("Review the change.", request.Body.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scripted_steps_and_steps_of_agents_never_created_stay_on_the_scripted_model()
    {
        await using var model = await FakeOpenAIServer.StartAsync(Key);
        Environment.SetEnvironmentVariable("AGENTS_TESTS_STEP_KEY", Key);
        await using var server = await AgentServer.StartAsync(Providers.Fake(model.ApiUrl, "AGENTS_TESTS_STEP_KEY"));
        await server.CreateAgentAsync("ada", "fake/gpt-test", "You are Ada.");

        var runId = await server.StartRunAsync("""
            name: offline
            steps:
              - id: scripted
                type: agent
                agent: ada
                prompt: Play the script.
                timeout: 2m
                script:
                  - tool: complete_step
                    args: {result: pass, output: "played by the script"}
              - id: unknown
                type: agent
                agent: architect
                prompt: Plan.
                timeout: 2m
                script:
                  - tool: complete_step
                    args: {result: pass, output: "planned offline"}
            """);

        var run = await server.WaitForRunAsync(runId, r => r.Status == RunStatus.Completed, "the run completes");
        Assert.Contains("played by the script", run.Step("scripted").Output, StringComparison.Ordinal);
        Assert.Contains("planned offline", run.Step("unknown").Output, StringComparison.Ordinal);
        Assert.Empty(model.Requests);
    }
}
