using EventAgents.Application.Common.Commanding;
using EventAgents.Domain.Pipelines;
using EventAgents.Platform.EventStore;

namespace EventAgents.Application.Pipelines.Loading;

/// <summary>Loads a stored pipeline version: the latest, or a given one.</summary>
public sealed class PipelineLoader(EventStore store)
{
    public async Task<PipelineLookup> LoadAsync(string pipelineId, int? version, CancellationToken ct)
    {
        var pipeline = (await store.LoadAsync(PipelineStreams.Id(pipelineId), Pipeline.Initial, PipelineStreams.Evolve, ct: ct).ConfigureAwait(false)).State;
        if (!pipeline.Exists)
        {
            return new PipelineLookup(pipeline, null, new NotFoundError("pipeline.not-found", $"Pipeline '{pipelineId}' does not exist."));
        }

        var found = version is { } number ? pipeline.Version(number) : pipeline.Latest;
        return found is null
            ? new PipelineLookup(pipeline, null, new NotFoundError("pipeline.version-not-found", $"Pipeline '{pipelineId}' has no version {version}; its latest is {pipeline.Latest!.Number}."))
            : new PipelineLookup(pipeline, found, null);
    }
}

/// <summary>A pipeline with every version, and the version asked for; or why there is none.</summary>
public sealed record PipelineLookup(Pipeline Pipeline, PipelineVersion? Version, CommandError? Error);
