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
        string workspace, IReadOnlyList<ScriptedTurn> script, int maxTurns = 20, int outputCapBytes = 64 * 1024,
        string? home = null, string? teamVault = null, StuckSettings? stuck = null, AgentBudget? budget = null, CancellationToken ct = default,
        IEnumerable<Microsoft.Extensions.AI.AIFunction>? extra = null, HumanWaits? waits = null)
    {
        var configuration = new StepConfiguration("Do the work.", "scripted", script, maxTurns, 30, outputCapBytes) { TeamVault = teamVault };
        var reports = new RecordingReporter();
        var tools = new AgentTools(new Workspace(workspace), configuration, TimeProvider.System, home: home, extra: extra);
        using var model = ChatClients.Create(configuration);
        var options = new AgentLoopOptions(maxTurns) { Stuck = stuck ?? StuckSettings.Default, Budget = budget, HumanWaits = waits };
        var outcome = await new AgentLoop(model, tools, reports, options).RunAsync(configuration.Prompt, ct);
        return (outcome, reports);
    }
}
