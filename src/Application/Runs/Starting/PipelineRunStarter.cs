using EventAgents.Application.Common.Commanding;
using EventAgents.Application.Pipelines;
using EventAgents.Application.Pipelines.Loading;
using EventAgents.Application.Projects;
using EventAgents.Domain.Projects;
using EventAgents.Platform.EventStore;

namespace EventAgents.Application.Runs.Starting;

/// <summary>Starts a run of a stored pipeline version with <see cref="RunStarter"/>, from the definition stored with that version.</summary>
public sealed class PipelineRunStarter(EventStore store, TimeProvider clock)
{
    private readonly PipelineLoader _pipelines = new(store);
    private readonly RunStarter _runs = new(store, clock);

    public async Task<StartedRun> StartAsync(StartRunOfPipeline request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var lookup = await _pipelines.LoadAsync(request.PipelineId, request.Version, ct).ConfigureAwait(false);
        if (lookup.Version is not { } version)
        {
            return new StartedRun(null, null, lookup.Error);
        }

        if (PipelineIds.ProjectOf(request.PipelineId) is not { } projectId)
        {
            return new StartedRun(null, version.Number, new RefusedError("pipeline.without-project", $"Pipeline '{request.PipelineId}' was not defined for a project."));
        }

        var project = (await store.LoadAsync(ProjectStreams.Id(projectId), Project.Initial, ProjectStreams.Evolve, ct: ct).ConfigureAwait(false)).State;
        if (project.IsArchived)
        {
            return new StartedRun(null, version.Number, new RefusedError("project.archived", $"Project '{projectId}' is archived."));
        }

        try
        {
            var (runId, error) = await _runs.StartAsync(projectId, request.PipelineId, version.Number, version.Definition, request.Inputs, request.RequestedBy, ct, request.RunId)
                .ConfigureAwait(false);
            return new StartedRun(runId, version.Number, error is null ? null : DomainErrors.ToCommandError(error));
        }
        catch (WrongExpectedVersionException)
        {
            return new StartedRun(null, version.Number, new RefusedError("run.already-exists", $"Run '{request.RunId}' already exists."));
        }
    }
}
