using System.Collections.Immutable;
using EventAgents.Domain.Pipelines;

namespace EventAgents.Domain.Runs;

/// <summary>One execution of a pinned pipeline version with its inputs.</summary>
/// <param name="Id">Run id; empty until requested.</param>
/// <param name="Status">Where the run is.</param>
/// <param name="ProjectId">The project whose workspace the run works in.</param>
/// <param name="PipelineId">The pipeline the run executes.</param>
/// <param name="PipelineVersion">The pinned version of that pipeline.</param>
/// <param name="Definition">The definition of that version, copied when the run was requested.</param>
/// <param name="Inputs">Run inputs by name.</param>
/// <param name="Steps">Progress of each step that has been reached.</param>
/// <param name="TransitionsTaken">How often each <c>from-&gt;to</c> transition was taken, for transition maxima.</param>
/// <param name="Reason">Why the run failed or was cancelled.</param>
public sealed record Run(
    string Id,
    RunStatus Status,
    string ProjectId,
    string PipelineId,
    int PipelineVersion,
    PipelineDefinition Definition,
    ImmutableDictionary<string, string> Inputs,
    ImmutableDictionary<string, StepProgress> Steps,
    ImmutableDictionary<string, int> TransitionsTaken,
    string? Reason)
{
    /// <summary>The state before the run is requested.</summary>
    public static Run Initial { get; } = new(
        "", RunStatus.None, "", "", 0, new PipelineDefinition("", null, [], []), ImmutableDictionary<string, string>.Empty,
        ImmutableDictionary<string, StepProgress>.Empty, ImmutableDictionary<string, int>.Empty, null);

    /// <summary>The board task the run works, when an agent's pulse started it.</summary>
    public TaskWork? Task { get; init; }

    /// <summary>The progress of a step, or a not-yet-queued placeholder.</summary>
    public StepProgress Step(string stepId) => Steps.GetValueOrDefault(stepId) ?? StepProgress.NotQueued(stepId);

    /// <summary>The key under which a transition is counted.</summary>
    public static string TransitionKey(string from, string to) => $"{from}->{to}";

    /// <summary>What the templates of <paramref name="stepId"/> can read right now.</summary>
    public TemplateScope TemplateScope(string stepId)
    {
        var step = Step(stepId);
        var loop = Definition.FindStep(stepId)?.Flow.Loop;
        var item = loop?.Over is not null && step.Iteration >= 1 && step.Iteration <= step.LoopItems.Count ? step.LoopItems[step.Iteration - 1] : null;
        return new TemplateScope(
            Inputs,
            Steps.Values.Where(progress => progress.Output is not null).ToImmutableDictionary(progress => progress.StepId, progress => progress.Output!),
            Steps.Values.Where(progress => progress.Result is not null).ToImmutableDictionary(progress => progress.StepId, progress => progress.Result!),
            item,
            loop is null ? null : step.Iteration);
    }
}
