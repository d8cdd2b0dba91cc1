using System.Text.Json;
using EventAgents.Application.Agents;
using EventAgents.Application.Steps.Running;
using EventAgents.Domain.Agents;
using EventAgents.Domain.Pipelines;
using EventAgents.Domain.Runs;
using EventAgents.Engine.Models;
using EventAgents.Platform.EventStore;

namespace EventAgents.Engine.Runs;

/// <summary>Builds the launch of an agent step: its rendered prompt and settings, and a token scoped to the attempt.</summary>
internal static class AgentLaunches
{
    /// <summary>The launch with the model and persona of the step's agent, when that agent exists (see <see cref="Create"/>).</summary>
    public static async Task<StepLaunch> CreateAsync(
        EventStore store, Run run, StepDefinition step, int attempt, string workspace, string home, AgentLaunchSettings settings, CancellationToken ct)
    {
        var agentId = step.ActingAgent();
        var agent = agentId is null ? null
            : (await store.LoadAsync(AgentStreams.Id(agentId), Agent.Initial, AgentStreams.Evolve, ct: ct).ConfigureAwait(false)).State;
        return Create(run, step, attempt, workspace, home, settings, agent is { Exists: true } ? agent : null);
    }

    /// <summary>
    /// A step with a <c>script</c> plays it with the scripted model; otherwise the created agent's model and persona
    /// are used, and a step whose agent was never created (the samples' names) stays scripted, so it runs offline.
    /// The runner gets no timeout of its own: the engine's deadline for the attempt, which stands still while the agent
    /// waits for a person's answer, times it out and stops it, and the agent's wall-time budget ends it a little earlier.
    /// </summary>
    public static StepLaunch Create(Run run, StepDefinition step, int attempt, string workspace, string home, AgentLaunchSettings settings, Agent? created = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (step is not AgentStep agentStep)
        {
            throw new ArgumentException($"Step '{step.Id}' is not run by an agent.", nameof(step));
        }

        var model = agentStep.Script is not null || created is null ? ServerModels.Scripted : created.Model;
        var access = settings.Models.AccessFor(model);
        var configuration = JsonSerializer.Serialize(new
        {
            runId = run.Id,
            stepId = step.Id,
            attempt,
            agent = agentStep.Agent,
            model,
            persona = created?.Persona,
            prompt = PromptTemplate.Render(agentStep.Prompt, run.TemplateScope(step.Id)),
            script = agentStep.Script?.Select(call => new { tool = call.Tool, args = call.Args, text = (string?)null }),
            budget = Budget(step.Flow, run.Step(step.Id).DueAt),
        }, JsonSerializerOptions.Web);
        return settings.Launch(run.Id, step, attempt, workspace, home, access.Environment, configuration) with
        {
            SharedFiles = access.Files,
            Endpoints = access.Endpoints,
        };
    }

    /// <summary>
    /// The attempt's limits for the agent's budget manager: the step's budget, and its timeout as wall time, which ends
    /// at the latest a margin before the attempt's deadline (<paramref name="deadline"/>), however long the agent took to start.
    /// </summary>
    private static Dictionary<string, object?>? Budget(StepFlow flow, DateTimeOffset? deadline) =>
        flow.Budget is null && flow.Timeout is null ? null : new()
        {
            ["tokens"] = flow.Budget?.MaxTokens,
            ["usd"] = flow.Budget?.MaxCostUsd,
            ["wall_seconds"] = flow.Timeout is { } timeout ? AgentWallTime.For(timeout).TotalSeconds : null,
            ["wall_until"] = flow.Timeout is { } limit && deadline is { } due ? due - AgentWallTime.Margin(limit) : null,
        };
}
