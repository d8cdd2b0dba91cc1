using System.Text.Json;
using EventAgents.Application.Steps.Running;
using EventAgents.Domain.Pipelines;
using EventAgents.Domain.Runs;

namespace EventAgents.Engine.Runs;

/// <summary>Builds the launch of an agent step: its rendered prompt and settings, and a token scoped to the attempt.</summary>
internal static class AgentLaunches
{
    public static StepLaunch Create(Run run, StepDefinition step, int attempt, string workspace, string home, AgentLaunchSettings settings)
    {
        var (agent, prompt) = step switch
        {
            AgentStep a => (a.Agent, a.Prompt),
            CouncilStep c => (c.Agents[0], c.Prompt),
            _ => throw new ArgumentException($"Step '{step.Id}' is not run by an agent.", nameof(step)),
        };
        var configuration = JsonSerializer.Serialize(new
        {
            runId = run.Id,
            stepId = step.Id,
            attempt,
            agent,
            model = "scripted",
            prompt = PromptTemplate.Render(prompt, run.TemplateScope(step.Id)),
            script = (step as AgentStep)?.Script?.Select(call => new { tool = call.Tool, args = call.Args, text = (string?)null }),
        }, JsonSerializerOptions.Web);
        var token = settings.Tokens.Issue(new StepTokenScope(run.Id, step.Id, attempt), settings.TokenLifetime);
        return new StepLaunch(run.Id, step.Id, attempt, workspace, home, new Dictionary<string, string>(), configuration,
            settings.ServerUrl, token, step.Flow.Timeout);
    }
}
