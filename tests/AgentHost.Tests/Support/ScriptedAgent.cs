using EventAgents.AgentHost.Configuration;
using EventAgents.AgentHost.Loop;
using EventAgents.AgentHost.Models;
using EventAgents.Platform.Llm.Scripted;
using EventAgents.AgentHost.Tools;

namespace EventAgents.AgentHost.Tests.Support;

/// <summary>Runs the agent loop in-process over a scripted model in a workspace, recording its reports.</summary>
public static class ScriptedAgent
{
    public static async Task<(AgentOutcome Outcome, RecordingReporter Reports)> RunAsync(
        string workspace, IReadOnlyList<ScriptedTurn> script, int maxTurns = 20, int outputCapBytes = 64 * 1024)
    {
        var configuration = new StepConfiguration("Do the work.", "scripted", script, maxTurns, 30, outputCapBytes);
        var reports = new RecordingReporter();
        var tools = new AgentTools(new Workspace(workspace), configuration, TimeProvider.System);
        using var model = ChatClients.Create(configuration);
        var outcome = await new AgentLoop(model, tools, reports, maxTurns).RunAsync(configuration.Prompt, CancellationToken.None);
        return (outcome, reports);
    }
}
