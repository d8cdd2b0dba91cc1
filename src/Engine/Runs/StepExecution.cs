using EventAgents.Application.Runs;
using System.Text.Json;
using EventAgents.Application.Steps.Running;
using EventAgents.Domain.Pipelines;
using EventAgents.Domain.Runs;
using EventAgents.Engine.Pulse;
using EventAgents.Platform.EventStore;
using EventAgents.Platform.Messaging;

namespace EventAgents.Engine.Runs;

/// <summary>
/// The engine's side effects on steps: launching the agent or the command of a started attempt, and stopping them.
/// Both run on the one <see cref="IStepRunner"/> (a command in the agent program's command mode), so a command step has
/// an agent step's sandbox, limits, step token and stopping. Each handler first loads the run, so a late or repeated
/// message for an attempt that moved on does nothing.
/// </summary>
public sealed class StepExecution(EventStore store, IWorkspaces workspaces, IStepRunner runner, AgentLaunchSettings launchSettings)
{
    /// <summary>Deliveries of a launch that fail before the attempt is failed instead of retried again.</summary>
    private const int LaunchAttempts = 3;

    public HandlerRegistry AddTo(HandlerRegistry handlers) => handlers
        .Handle<LaunchStep>(LaunchAsync)
        .Handle<StopStep>(StopStepAsync)
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

        try
        {
            return await LaunchAsync(run, run.Definition.FindStep(message.StepId), message.Attempt, ct).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException && context.Attempt >= LaunchAttempts)
        {
            // A launch that keeps failing (the workspace cannot be made, the agent cannot start) fails the attempt,
            // so the step's retry policy and routing apply instead of the step waiting for good.
            return Outcome.Send(new StepFailureReported(run.Id, message.StepId, message.Attempt, $"The step could not be launched: {e.Message}"));
        }
    }

    private async Task<Outcome> LaunchAsync(Run run, StepDefinition? step, int attempt, CancellationToken ct)
    {
        if (step is not (AgentStep or CommandStep))
        {
            return Outcome.None;
        }

        var workspace = await workspaces.ForRunAsync(run.Id, run.ProjectId, TaskRuns.TaskIdOf(run), ct).ConfigureAwait(false);
        var home = workspaces.AgentHome(run.Id, step.Id);
        StepLaunch launch;
        if (step is CommandStep command)
        {
            if (CommandLaunches.Problem(command, workspace) is { } problem)
            {
                return Outcome.Send(new StepFailureReported(run.Id, step.Id, attempt, problem));
            }

            launch = CommandLaunches.Create(run, command, attempt, workspace, home, launchSettings);
        }
        else
        {
            launch = await AgentLaunches.CreateAsync(store, run, step, attempt, workspace, home, launchSettings, ct).ConfigureAwait(false);
        }

        await runner.StartAsync(launch, ct).ConfigureAwait(false);
        return Outcome.None;
    }

    private async Task<Outcome> StopStepAsync(StopStep message, MessageContext context, CancellationToken ct)
    {
        // Every stop is sent once its attempt stopped running; a step running again runs a later attempt (whose launch
        // stopped the old one), which a late or redelivered stop must not kill.
        var progress = (await LoadAsync(message.RunId, ct).ConfigureAwait(false)).Step(message.StepId);
        if (progress.Status == StepStatus.Running && progress.Attempt != message.Attempt)
        {
            return Outcome.None;
        }

        await runner.StopAsync(message.RunId, message.StepId, ct).ConfigureAwait(false);
        return Outcome.None;
    }

    private async Task<Outcome> StopRunAsync(StopRun message, MessageContext context, CancellationToken ct)
    {
        var run = await LoadAsync(message.RunId, ct).ConfigureAwait(false);
        foreach (var step in run.Steps.Values)
        {
            await runner.StopAsync(run.Id, step.StepId, ct).ConfigureAwait(false);
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
