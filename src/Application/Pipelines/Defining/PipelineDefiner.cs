using EventAgents.Application.Common.Commanding;
using EventAgents.Application.Projects;
using EventAgents.Domain.Common;
using EventAgents.Domain.Pipelines;
using EventAgents.Domain.Projects;
using EventAgents.Platform.EventStore;

namespace EventAgents.Application.Pipelines.Defining;

/// <summary>
/// Defines pipelines from YAML: a source with mistakes is refused with every located error and nothing is stored;
/// a valid one appends the next version, whose event carries the source and the parsed definition.
/// </summary>
public sealed class PipelineDefiner(EventStore store)
{
    private readonly CommandHandler<Pipeline, IPipelineEvent> _handler = new(store, PipelineStreams.Aggregate);

    public async Task<CommandResult<Pipeline, IPipelineEvent>> DefineAsync(DefinePipeline request, CommandContext context, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var parsed = PipelineYaml.Parse(request.Yaml);
        if (parsed.Definition is not { } definition)
        {
            return Failed(new ValidationFailedError([.. parsed.Errors.Select(e => new ValidationError(e.Code, e.Message, e.Path, e.Line, e.Column))]));
        }

        if (!Text.IsSlug(request.ProjectId))
        {
            return Failed(new RefusedError("pipeline.invalid-project-id", $"Project id '{request.ProjectId}' must use lower case letters, digits, '-' or '_' to hold pipelines."));
        }

        if (PipelineIds.For(request.ProjectId, definition.Name) is not { } pipelineId)
        {
            return Failed(new ValidationFailedError([new ValidationError("pipeline.invalid-name", $"Pipeline name '{definition.Name}' needs at least one letter or digit (a-z, 0-9).", "name")]));
        }

        if (request.PipelineId is { } given && given != pipelineId)
        {
            return Failed(new RefusedError("pipeline.renamed", $"The YAML names pipeline '{definition.Name}' (id '{pipelineId}'), not pipeline '{given}'; a pipeline keeps its name across versions."));
        }

        if (await CheckProjectAsync(request.ProjectId, ct).ConfigureAwait(false) is { } projectError)
        {
            return Failed(projectError);
        }

        var command = new DefinePipelineVersion(pipelineId, request.Yaml, definition, request.DefinedBy, request.At);
        return await _handler.HandleAsync(pipelineId, pipeline => Decide(request, command, pipeline), context, ct).ConfigureAwait(false);
    }

    private static Decision<IPipelineEvent> Decide(DefinePipeline request, DefinePipelineVersion command, Pipeline state)
    {
        if (request.PipelineId is null && state.Exists && state.Latest!.Source != request.Yaml)
        {
            return new DomainError("pipeline.name-taken", $"Project '{request.ProjectId}' already has pipeline '{command.Definition.Name}' (id '{command.PipelineId}'); send its id to define a new version.");
        }

        if (request.PipelineId is not null && !state.Exists)
        {
            return new DomainError("pipeline.not-found", $"Pipeline '{request.PipelineId}' does not exist.");
        }

        return PipelineDecider.Decide(command, state);
    }

    private async Task<CommandError?> CheckProjectAsync(string projectId, CancellationToken ct)
    {
        var project = (await store.LoadAsync(ProjectStreams.Id(projectId), Project.Initial, ProjectStreams.Evolve, ct: ct).ConfigureAwait(false)).State;
        return project switch
        {
            { Exists: false } => new NotFoundError("project.not-found", $"Project '{projectId}' does not exist."),
            { IsArchived: true } => new RefusedError("project.archived", $"Project '{projectId}' is archived."),
            _ => null,
        };
    }

    private static CommandResult<Pipeline, IPipelineEvent> Failed(CommandError error) => CommandResult<Pipeline, IPipelineEvent>.Failed(error, 0, Pipeline.Initial);
}
