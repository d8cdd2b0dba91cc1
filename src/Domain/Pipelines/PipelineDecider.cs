using EventAgents.Domain.Common;

namespace EventAgents.Domain.Pipelines;

/// <summary>The pipeline aggregate as pure functions.</summary>
public static class PipelineDecider
{
    /// <summary>Decides what happens when <paramref name="command"/> meets <paramref name="state"/>.</summary>
    public static Decision<IPipelineEvent> Decide(IPipelineCommand command, Pipeline state) => command switch
    {
        DefinePipelineVersion define => DefiningPipelineVersion.Decide(define, state),
        _ => throw new ArgumentOutOfRangeException(nameof(command), command.GetType().Name, "Unknown pipeline command."),
    };

    /// <summary>Applies one event to the state.</summary>
    public static Pipeline Evolve(Pipeline state, IPipelineEvent @event) => @event switch
    {
        PipelineVersionDefined e => new Pipeline(e.PipelineId, state.Versions.Add(new PipelineVersion(e.Version, e.Source, e.Definition, e.At))),
        _ => state,
    };
}
