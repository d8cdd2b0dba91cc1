using EventAgents.Application.Pipelines;
using EventAgents.Application.Pipelines.Defining;
using EventAgents.Application.Pipelines.Loading;
using EventAgents.Domain.Agents;
using EventAgents.Domain.Pipelines;
using EventAgents.Platform.EventStore;

namespace EventAgents.Engine.Pulse;

/// <summary>
/// How an agent works a claimed task: the project's own pipeline named <c>task-work</c> when it defines one (to add
/// tests or a review, say), else one agent step that gets the task's title and description.
/// </summary>
public sealed class TaskWorkPipelines(EventStore store)
{
    public const string Name = "task-work";
    public const string BuiltInId = "builtin--task-work";

    private readonly PipelineLoader _loader = new(store);

    public async Task<(string PipelineId, int Version, PipelineDefinition Definition)> ForAsync(string projectId, Agent agent, CancellationToken ct)
    {
        if (PipelineIds.For(projectId, Name) is { } projectPipeline
            && await _loader.LoadAsync(projectPipeline, null, ct).ConfigureAwait(false) is { Version: { } stored })
        {
            return (projectPipeline, stored.Number, stored.Definition);
        }

        return (BuiltInId, 1, BuiltIn(agent.Id));
    }

    private static PipelineDefinition BuiltIn(string agentId)
    {
        var parsed = PipelineYaml.Parse($$$"""
            name: {{{Name}}}
            description: An agent works a board task on its feature branch.
            inputs:
              - name: {{{TaskRuns.TaskInput}}}
              - name: {{{TaskRuns.TitleInput}}}
              - name: {{{TaskRuns.DescriptionInput}}}
                required: false
            steps:
              - id: work
                type: agent
                agent: "{{{agentId}}}"
                prompt: "Work on task {{inputs.{{{TaskRuns.TaskInput}}}}}: {{inputs.{{{TaskRuns.TitleInput}}}}}\n\n{{inputs.{{{TaskRuns.DescriptionInput}}}}}\n\nChange the files of this workspace, commit on the current branch, then complete the step."
                timeout: 30m
            """);
        return parsed.Definition ?? throw new InvalidOperationException("The built-in task-work pipeline is invalid: " + string.Join("; ", parsed.Errors));
    }
}
