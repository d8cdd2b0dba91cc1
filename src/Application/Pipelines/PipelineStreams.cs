using EventAgents.Application.Common.Commanding;
using EventAgents.Domain.Pipelines;

namespace EventAgents.Application.Pipelines;

/// <summary>Where a pipeline's events live (<c>pipeline-&lt;id&gt;</c>), and how they fold into its state.</summary>
public static class PipelineStreams
{
    public const string Prefix = "pipeline-";

    /// <summary>The pipeline aggregate's storage, for <see cref="CommandHandler{TState, TEvent}"/>.</summary>
    public static AggregateStream<Pipeline> Aggregate { get; } = new(Id, Pipeline.Initial, Evolve);

    public static string Id(string pipelineId) => Prefix + pipelineId;

    /// <summary>Folds one stored event into the state; events of other kinds leave it as it is.</summary>
    public static Pipeline Evolve(Pipeline state, object e) => e is IPipelineEvent pipelineEvent ? PipelineDecider.Evolve(state, pipelineEvent) : state;
}
