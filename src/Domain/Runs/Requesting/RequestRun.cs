using EventAgents.Domain.Common;
using EventAgents.Domain.Pipelines;

namespace EventAgents.Domain.Runs;

/// <summary>Asks for a run of a pinned pipeline version with the given inputs; <paramref name="Task"/> when it works a board task.</summary>
public sealed record RequestRun(
    string RunId, string ProjectId, string PipelineId, int PipelineVersion, PipelineDefinition Definition,
    IReadOnlyDictionary<string, string> Inputs, string RequestedBy, DateTimeOffset At, TaskWork? Task = null) : IRunCommand;

/// <summary>A run was requested; it is pending until started.</summary>
public sealed record RunRequested(
    string RunId, string ProjectId, string PipelineId, int PipelineVersion, PipelineDefinition Definition,
    IReadOnlyDictionary<string, string> Inputs, string RequestedBy, DateTimeOffset At, TaskWork? Task = null) : IRunEvent;

/// <summary>The board task a run works: an agent's claim of it, made by its pulse.</summary>
public sealed record TaskWork(string BoardId, string TaskId, string AgentId);

/// <summary>Decides <see cref="RequestRun"/>.</summary>
public static class RequestingRun
{
    /// <summary>Creates the pending run once, when every required input is given and no unknown one is.</summary>
    public static Decision<IRunEvent> Decide(RequestRun command, Run state)
    {
        if (state.Status != RunStatus.None)
        {
            return state.PipelineId == command.PipelineId && state.PipelineVersion == command.PipelineVersion
                ? Decision<IRunEvent>.Nothing
                : new DomainError("run.already-exists", $"Run '{command.RunId}' already exists for another pipeline.");
        }

        if (Text.IsBlank(command.RunId) || Text.IsBlank(command.ProjectId))
        {
            return Text.Required("run", Text.IsBlank(command.RunId) ? "id" : "project-id");
        }

        if (PipelineDefinitionRules.Validate(command.Definition) is { Count: > 0 } problems)
        {
            return new DomainError("run.invalid-pipeline", $"The pipeline cannot run: {problems[0].Path}: {problems[0].Message}");
        }

        var declared = command.Definition.Inputs;
        var missing = declared.Where(input => input.IsRequired && Text.IsBlank(command.Inputs.GetValueOrDefault(input.Name))).Select(input => input.Name).ToList();
        if (missing.Count > 0)
        {
            return new DomainError("run.missing-input", $"Required inputs are missing: {string.Join(", ", missing)}.");
        }

        var unknown = command.Inputs.Keys.Where(name => declared.All(input => input.Name != name)).Order(StringComparer.Ordinal).ToList();
        return unknown.Count > 0
            ? new DomainError("run.unknown-input", $"The pipeline declares no inputs named {string.Join(", ", unknown)}.")
            : Decision<IRunEvent>.Accept(new RunRequested(
                command.RunId, command.ProjectId, command.PipelineId, command.PipelineVersion, command.Definition, command.Inputs, command.RequestedBy, command.At,
                command.Task));
    }
}
