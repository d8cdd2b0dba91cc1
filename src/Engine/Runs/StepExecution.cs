using EventAgents.Application.Runs;
using System.Text.Json;
using EventAgents.Application.Steps.Running;
using EventAgents.Domain.Pipelines;
using EventAgents.Domain.Runs;
using EventAgents.Platform.EventStore;
using EventAgents.Platform.Messaging;

namespace EventAgents.Engine.Runs;

/// <summary>
/// The engine's side effects on steps: launching the agent or the command of a started attempt, and stopping them.
/// Each handler first loads the run, so a late or repeated message for an attempt that moved on does nothing.
/// </summary>
public sealed class StepExecution(
    EventStore store, IWorkspaces workspaces, IStepRunner agents, CommandStepRunner commands, AgentLaunchSettings agentSettings)
{
    public HandlerRegistry AddTo(HandlerRegistry handlers) => handlers
        .Handle<LaunchStep>(LaunchAsync)
        .Handle<StopStep>(async (m, _, ct) =>
        {
            commands.Stop(m.RunId, m.StepId);
            await agents.StopAsync(m.RunId, m.StepId, ct).ConfigureAwait(false);
            return Outcome.None;
        })
        .Handle<StopRun>(StopRunAsync)
        .Handle<ResumeSteps>(ResumeAsync);

    private async Task<Outcome> LaunchAsync(LaunchStep message, MessageContext context, CancellationToken ct)
    {
        var run = await LoadAsync(message.RunId, ct).ConfigureAwait(false);
        var progress = run.Step(message.StepId);
        if (run.Status != RunStatus.Running || progress.Status != StepStatus.Running || progress.Attempt != message.Attempt)
        {
            return Outcome.None;
        }

        var step = run.Definition.FindStep(message.StepId);
        switch (step)
        {
            case CommandStep command:
                return await RunCommandAsync(run, command, message.Attempt, ct).ConfigureAwait(false);
            case AgentStep or CouncilStep:
                var workspace = await workspaces.ForRunAsync(run.Id, run.ProjectId, ct).ConfigureAwait(false);
                await agents.StartAsync(AgentLaunches.Create(run, step, message.Attempt, workspace, workspaces.AgentHome(run.Id, step.Id), agentSettings), ct)
                    .ConfigureAwait(false);
                return Outcome.None;
            default:
                return Outcome.None;
        }
    }

    private async Task<Outcome> RunCommandAsync(Run run, CommandStep step, int attempt, CancellationToken ct)
    {
        var workspace = await workspaces.ForRunAsync(run.Id, run.ProjectId, ct).ConfigureAwait(false);
        var directory = step.WorkingDirectory is null ? workspace : Path.GetFullPath(Path.Combine(workspace, step.WorkingDirectory));
        if (!directory.StartsWith(workspace, StringComparison.Ordinal))
        {
            return Outcome.Send(new StepFailureReported(run.Id, step.Id, attempt, $"Working directory '{step.WorkingDirectory}' is outside the workspace."));
        }

        var script = PromptTemplate.Render(step.Run, run.TemplateScope(step.Id));
        try
        {
            var (result, output) = await commands.RunAsync(run.Id, step.Id, script, directory, step.Flow.Timeout, ct).ConfigureAwait(false);
            return Outcome.Send(new StepResultReported(run.Id, step.Id, attempt, result, output));
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return Outcome.Send(new StepFailureReported(run.Id, step.Id, attempt, $"The command ran longer than {step.Flow.Timeout}."));
        }
    }

    private async Task<Outcome> StopRunAsync(StopRun message, MessageContext context, CancellationToken ct)
    {
        var run = await LoadAsync(message.RunId, ct).ConfigureAwait(false);
        foreach (var step in run.Steps.Values)
        {
            commands.Stop(run.Id, step.StepId);
            await agents.StopAsync(run.Id, step.StepId, ct).ConfigureAwait(false);
        }

        return Outcome.None;
    }

    private async Task<Outcome> ResumeAsync(ResumeSteps message, MessageContext context, CancellationToken ct)
    {
        var run = await LoadAsync(message.RunId, ct).ConfigureAwait(false);
        var due = run.Steps.Values
            .Where(s => s.Status == StepStatus.Queued || (s.Status == StepStatus.Retrying && s.DueAt <= context.Now))
            .Select(s => (object)new StepDue(run.Id, s.StepId, s.Status == StepStatus.Retrying ? s.Attempt + 1 : s.Attempt));
        return Outcome.Send([.. due]);
    }

    private async Task<Run> LoadAsync(string runId, CancellationToken ct) =>
        (await store.LoadAsync(RunStreams.Id(runId), Run.Initial, RunStreams.Evolve, ct: ct).ConfigureAwait(false)).State;
}
