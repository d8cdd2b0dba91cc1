using EventAgents.Domain.Pipelines;
using EventAgents.Domain.Runs;
using static EventAgents.Domain.Tests.Fixtures.Time;

namespace EventAgents.Domain.Tests.Fixtures;

/// <summary>Events that bring a run to a known point, for Given.</summary>
public static class RunStory
{
    public const string RunId = "run-1";

    public static RunRequested Requested(PipelineDefinition definition) =>
        new(RunId, "project-1", "pipeline-1", 1, definition, new Dictionary<string, string> { ["goal"] = "add login" }, "ada", T0);

    public static IRunEvent[] Started(PipelineDefinition definition, string firstStep = "plan") =>
        [Requested(definition), new RunStarted(RunId, At(1)), new StepQueued(RunId, firstStep, 1, 1, null, null, At(1))];

    public static StepQueued Queued(string step, int attempt = 1, string? from = null, int at = 1, int iteration = 1, string? item = null) =>
        new(RunId, step, attempt, iteration, item, from, At(at));

    public static StepStarted StartedStep(string step, int attempt = 1, int at = 2, DateTimeOffset? deadline = null) =>
        new(RunId, step, attempt, deadline, At(at));

    public static StepCompleted Completed(string step, string result = StepResults.Pass, int attempt = 1, int at = 3) =>
        new(RunId, step, attempt, result, At(at));
}
