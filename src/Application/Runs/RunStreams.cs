using EventAgents.Application.Common.Commanding;
using EventAgents.Domain.Runs;

namespace EventAgents.Application.Runs;

/// <summary>Where a run's events live, and how they fold into its state.</summary>
public static class RunStreams
{
    public const string Prefix = "run-";

    /// <summary>The run aggregate's storage, for <see cref="CommandHandler{TState, TEvent}"/>.</summary>
    public static AggregateStream<Run> Aggregate { get; } = new(Id, Run.Initial, Evolve);

    public static string Id(string runId) => Prefix + runId;

    /// <summary>Folds one stored event into a run; events of other kinds leave it as it is.</summary>
    public static Run Evolve(Run state, object e) => e is IRunEvent runEvent ? RunDecider.Evolve(state, runEvent) : state;
}
